#!/usr/bin/env node
// `npm start`: install, database, migrations, demo data, build, serve — each step shown as it goes.
import path from "node:path"
import { checkDatabaseUrl } from "./lib/database-url.mjs"
import { bold, cyan, dim, done, fail, info, step, ticker } from "./lib/log.mjs"
import { ensureInstalled } from "./lib/install.mjs"
import { dataDir } from "./lib/paths.mjs"
import { parsePort, portIsFree } from "./lib/ports.mjs"
import { stopServices } from "./lib/proc.mjs"
import { localSecrets } from "./lib/secrets.mjs"

const STEPS = 6
let database = null

async function main() {
  const ports = checkConfiguration()
  step(1, STEPS, "Install dependencies")
  done((await ensureInstalled()) ? "installed" : "already installed")

  // These modules need the installed packages, so they load after step 1.
  const pgLib = await import("./lib/postgres.mjs")
  const stack = await import("./lib/stack.mjs")
  const { demoLogins } = await import("./lib/demo-logins.mjs")

  step(2, STEPS, "Database")
  await checkPorts(ports)
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    const problem = (await pgLib.checkConnection(databaseUrl)) ?? null
    if (problem) fail(problem)
    info(`using DATABASE_URL (${new URL(databaseUrl).host})`)
  } else {
    const stop = ticker("starting embedded PostgreSQL")
    database = await pgLib.startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), port: ports.pg, note: (n) => (stop(), info(n)) }).finally(stop)
    databaseUrl = database.url("htx_market")
    info(`embedded PostgreSQL on localhost:${ports.pg}, data in ${path.relative(process.cwd(), database.dir) || database.dir}`)
  }
  if (await pgLib.ensureDatabase(databaseUrl)) info("created the database")
  done()

  const env = stack.backendEnv({
    databaseUrl,
    backendPort: ports.backend,
    storefrontPort: ports.storefront,
    uploadDir: process.env.FILE_UPLOAD_DIR || path.join(dataDir, "uploads"),
    secrets: localSecrets(),
  })

  step(3, STEPS, "Migrations")
  let stop = ticker("applying migrations")
  let applied = 0
  await stack.migrate(env, (line) => /✔ Migrated/.test(line) && applied++).finally(stop)
  done(applied ? `${applied} migrations applied` : "up to date")

  step(4, STEPS, "Demo data")
  if (await stack.isSeeded(databaseUrl)) done("already loaded")
  else {
    stop = ticker("loading cooperatives, products and images")
    await stack.seed(env, (line) => line.includes("[seed]") && (stop(), info(line.replace(/^.*\[seed\]\s*/, "")), (stop = ticker("seeding")))).finally(() => stop())
    done("loaded")
  }
  const key = await stack.publishableKey(databaseUrl)
  if (!key) fail("The database has no publishable API key: the demo seed did not finish. Run `npm start` again.")

  step(5, STEPS, "Build")
  stop = ticker("building backend, admin and storefront (the first build takes a few minutes)")
  const onBuildLine = (line) => {
    const match = line.match(/(@htx\/[\w-]+):build: cache (hit|miss)/)
    if (!match) return
    stop()
    info(`${match[1]}: ${match[2] === "hit" ? "up to date" : "building…"}`)
    stop = ticker("building")
  }
  await stack.build(onBuildLine).finally(() => stop())
  stack.linkUploads(env.FILE_UPLOAD_DIR)
  done()

  step(6, STEPS, "Start")
  stop = ticker("starting backend and storefront")
  const logDir = path.join(dataDir, "logs")
  await stack.serve({ env, backendPort: ports.backend, storefrontPort: ports.storefront, key, logDir }).finally(stop)
  done()
  printWelcome(ports, demoLogins)
}

function checkConfiguration() {
  if (process.env.DATABASE_URL) {
    const problem = checkDatabaseUrl(process.env.DATABASE_URL)
    if (problem) fail(problem)
  }
  if (process.env.NODE_ENV === "production")
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"])
      if (!process.env[key] || process.env[key].length < 16) fail(`${key} is missing: production needs a random secret of at least 16 characters in ${key}.`)
  const ports = {}
  for (const [name, envName, fallback] of [["backend", "PORT", 9000], ["storefront", "STOREFRONT_PORT", 8000], ["pg", "PG_PORT", 54320]]) {
    const { port, error } = parsePort(envName, fallback)
    if (error) fail(error)
    ports[name] = port
  }
  return ports
}

async function checkPorts(ports) {
  const wanted = [["backend", "PORT"], ["storefront", "STOREFRONT_PORT"]]
  for (const [name, envName] of wanted)
    if (!(await portIsFree(ports[name]))) fail(`Port ${ports[name]} (the ${name}) is in use: stop what listens there or set ${envName} to a free port.`)
}

function printWelcome(ports, logins) {
  const line = "─".repeat(64)
  console.log(`\n${line}\n${bold("htx-market is running")}\n`)
  console.log(`  Storefront      ${cyan(`http://localhost:${ports.storefront}`)}   (English: /en)`)
  console.log(`  Seller portal   ${cyan(`http://localhost:${ports.storefront}/seller`)}   (cooperatives)`)
  console.log(`  Medusa admin    ${cyan(`http://localhost:${ports.backend}/app`)}   (operators)`)
  console.log(`  Store API       ${cyan(`http://localhost:${ports.backend}/store`)}`)
  console.log(`\n  Demo logins`)
  for (const l of logins) console.log(`    ${l.label.padEnd(44)} ${l.email}  ${dim("/")}  ${l.password}`)
  console.log(`\n  Logs            .data/logs/backend.log, .data/logs/storefront.log`)
  console.log(`\n  ${dim("Ctrl-C stops everything.")}\n${line}`)
}

async function shutdown(code) {
  console.log("\nStopping…")
  await stopServices()
  if (database) await database.stop().catch(() => {})
  console.log("Stopped; PostgreSQL shut down cleanly.")
  process.exit(code)
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))
main().catch(async (error) => {
  console.error(`\n${error.message}${error.output ? `\n${dim(error.output)}` : ""}`)
  await stopServices()
  if (database) await database.stop().catch(() => {})
  process.exit(1)
})
