// Where things live; every script resolves paths from the repository root.
import { fileURLToPath } from "node:url"
import path from "node:path"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const backendDir = path.join(root, "backend")
export const backendBuildDir = path.join(backendDir, ".medusa", "server")
export const storefrontDir = path.join(root, "storefront")
export const scriptsDir = path.join(root, "scripts")
export const testsDir = path.join(root, "tests")
export const dataDir = path.join(root, ".data")
export const bin = (name) => path.join(root, "node_modules", ".bin", name)
