// The running stack, shared by `npm start` and `npm test`: migrate, seed, build, serve.
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from "node:fs"
import path from "node:path"
import { backendBuildDir, backendDir, bin, root, storefrontDir } from "./paths.mjs"
import { query } from "./postgres.mjs"
import { run, startService, waitForHttp } from "./proc.mjs"

/** Environment every backend process of one stack shares. */
export function backendEnv({ databaseUrl, backendPort, storefrontPort, uploadDir, secrets }) {
  const backendUrl = `http://localhost:${backendPort}`
  return {
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: `http://localhost:${storefrontPort}`,
    FILE_UPLOAD_DIR: uploadDir,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...secrets,
  }
}

/**
 * Runs every pending migration (Medusa core, links, our modules); passes each line to onLine.
 * @param {Record<string, string | undefined>} env
 * @param {(line: string) => unknown} [onLine]
 */
export async function migrate(env, onLine) {
  await run(bin("medusa"), ["db:migrate"], { cwd: backendDir, env, label: "migrations", onLine })
}

// Each part of the demo data is seeded once; a database from before a part existed gets that part on the next start.
const SEEDED_PARTS = ["cooperative", "ocop_certificate", "lot", "fair", "search_document"]

/** True when every part of the demo data is already in the database. */
export async function isSeeded(databaseUrl) {
  for (const table of SEEDED_PARTS) {
    const rows = await query(databaseUrl, `SELECT to_regclass('public.${table}') IS NOT NULL AS ready`)
    if (!rows[0]?.ready) return false
    const count = await query(databaseUrl, `SELECT count(*)::int AS n FROM ${table} WHERE deleted_at IS NULL`)
    if (count[0].n === 0) return false
  }
  return true
}

/**
 * Loads the demo data (idempotent: the seed itself refuses to run twice).
 * @param {Record<string, string | undefined>} env
 * @param {(line: string) => unknown} [onLine]
 */
export async function seed(env, onLine) {
  await run(bin("medusa"), ["exec", "./src/scripts/seed-demo.ts"], { cwd: backendDir, env, label: "seed", onLine })
}

/** The storefront's publishable API key, created by the seed. */
export async function publishableKey(databaseUrl) {
  const rows = await query(
    databaseUrl,
    "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1"
  )
  return rows[0]?.token ?? null
}

/**
 * Builds what changed since the last build (turbo's cache decides), with output lines to onLine.
 * @param {(line: string) => unknown} [onLine]
 * @param {Record<string, string>} [env]
 * @param {{ backendOnly?: boolean }} [options] backendOnly: the API alone (benchmarks of the API)
 */
export async function build(onLine, env = {}, { backendOnly = false } = {}) {
  const filters = backendOnly ? ["--filter=@htx/backend"] : ["--filter=@htx/backend", "--filter=@htx/storefront"]
  await run(bin("turbo"), ["run", "build", ...filters, "--output-logs=new-only"], {
    cwd: root,
    // Next would otherwise try to patch the lockfile from the network on every build.
    env: { TURBO_TELEMETRY_DISABLED: "1", MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1", NEXT_IGNORE_INCORRECT_LOCKFILE: "1", ...env },
    label: "build",
    onLine,
  })
}

/** The built server serves /static from its own folder, which each build replaces: point it at the upload folder. */
export function linkUploads(uploadDir) {
  mkdirSync(uploadDir, { recursive: true })
  const target = path.join(backendBuildDir, "static")
  if (existsSync(target) || isLink(target)) rmSync(target, { recursive: true, force: true })
  symlinkSync(uploadDir, target, "dir")
}

function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * Starts the built backend alone (production mode); `serveBackend` also waits until it answers.
 * @param {{ env: Record<string, string | undefined>, quiet?: boolean, logDir?: string }} options
 */
function startBackend({ env, quiet = false, logDir }) {
  if (logDir) mkdirSync(logDir, { recursive: true })
  return startService("backend", bin("medusa"), ["start"], {
    cwd: backendBuildDir,
    env: { ...env, NODE_ENV: "production" },
    quiet,
    logFile: logDir ? path.join(logDir, "backend.log") : undefined,
  })
}

/**
 * Serves the built backend without the storefront (API benchmarks) and resolves once it answers.
 * @param {{ env: Record<string, string | undefined>, backendPort: number, quiet?: boolean, logDir?: string }} options
 */
export async function serveBackend({ env, backendPort, quiet = false, logDir }) {
  const backend = startBackend({ env, quiet, logDir })
  await waitForHttp(`http://localhost:${backendPort}/health`, { child: backend })
  return { backend }
}

/**
 * Starts the built backend and storefront and waits until both answer.
 * @param {{ env: Record<string, string | undefined>, backendPort: number, storefrontPort: number, key: string, quiet?: boolean, logDir?: string }} options
 */
export async function serve({ env, backendPort, storefrontPort, key, quiet = false, logDir }) {
  const logFile = (name) => (logDir ? path.join(logDir, `${name}.log`) : undefined)
  const backend = startBackend({ env, quiet, logDir })
  const storefront = startService("storefront", bin("next"), ["start", "-p", String(storefrontPort)], {
    cwd: storefrontDir,
    env: {
      NODE_ENV: "production",
      MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
      MEDUSA_PUBLISHABLE_KEY: key,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_IGNORE_INCORRECT_LOCKFILE: "1",
    },
    quiet,
    logFile: logFile("storefront"),
  })
  await waitForHttp(`http://localhost:${backendPort}/health`, { child: backend })
  await waitForHttp(`http://localhost:${storefrontPort}/`, { child: storefront })
  return { backend, storefront }
}
