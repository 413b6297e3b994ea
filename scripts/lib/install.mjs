// Installs dependencies with npm ci when node_modules is missing or older than the lockfile.
import { existsSync, statSync } from "node:fs"
import path from "node:path"
import { root } from "./paths.mjs"
import { run } from "./proc.mjs"

/** True when the installed tree matches the lockfile as far as timestamps tell. */
export function installIsCurrent() {
  const marker = path.join(root, "node_modules", ".package-lock.json")
  const lock = path.join(root, "package-lock.json")
  if (!existsSync(marker)) return false
  return statSync(marker).mtimeMs >= statSync(lock).mtimeMs
}

/** Runs `npm ci` (with npm's own progress) when needed; returns whether it ran. */
export async function ensureInstalled() {
  if (installIsCurrent()) return false
  await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, label: "npm ci", inherit: true })
  return true
}
