// The demo accounts the seed creates (one list, read from the backend's demo data).
import { readFileSync } from "node:fs"
import path from "node:path"
import { backendDir } from "./paths.mjs"

/** Demo logins: operator, two cooperatives, one shopper. */
export const demoLogins = JSON.parse(readFileSync(path.join(backendDir, "src/scripts/demo-data/demo-logins.json"), "utf8"))
