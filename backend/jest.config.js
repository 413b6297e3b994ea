// Test types share one config: unit tests beside the code, HTTP tests against a real PostgreSQL.
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatch = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/*.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
}

// The Meilisearch client is an ES module, loaded with import() when MEILISEARCH_HOST is set; swc must then leave import() alone.
const swcModule = process.env.MEILISEARCH_HOST ? { module: { type: "commonjs", ignoreDynamic: true } } : {}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } }, ...swcModule }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: testMatch[process.env.TEST_TYPE] ?? testMatch.unit,
  testTimeout: 120000,
}
