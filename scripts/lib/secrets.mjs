// Local secrets: generated once per checkout and kept under .data, never committed.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { dataDir } from "./paths.mjs"

/** Returns JWT and cookie secrets from the environment, or from .data/secrets.json (created on first use). */
export function localSecrets() {
  const file = path.join(dataDir, "secrets.json")
  let stored = {}
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8"))
  if (!stored.JWT_SECRET || !stored.COOKIE_SECRET) {
    stored = { JWT_SECRET: randomBytes(32).toString("hex"), COOKIE_SECRET: randomBytes(32).toString("hex") }
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return {
    JWT_SECRET: process.env.JWT_SECRET || stored.JWT_SECRET,
    COOKIE_SECRET: process.env.COOKIE_SECRET || stored.COOKIE_SECRET,
  }
}
