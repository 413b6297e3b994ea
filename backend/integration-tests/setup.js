// Metadata storage must be clean per file so each test database gets the full model set.
const { MetadataStorage } = require("@mikro-orm/core")

MetadataStorage.clear()
