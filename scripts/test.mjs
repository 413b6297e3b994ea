#!/usr/bin/env node
// `npm test`: every suite against real PostgreSQL and a real browser, ending in one "N passed, N failed" line.
import path from "node:path"
import { checkDatabaseUrl } from "./lib/database-url.mjs"
import { bold, dim, done, green, info, red, step, yellow } from "./lib/log.mjs"
import { ensureInstalled } from "./lib/install.mjs"
import { dataDir, scriptsDir, storefrontDir } from "./lib/paths.mjs"
import { parsePort } from "./lib/ports.mjs"
import { testPostgresDir } from "./lib/test-data-dir.mjs"
import { stopServices } from "./lib/proc.mjs"
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs"

const results = []
let database = null
const verbose = process.env.TEST_VERBOSE === "1"
const print = (line) => verbose && console.log(dim(`    ${line}`))
const STEPS = 6
// TEST_STAGES=e2e (or any of checks, unit, http, e2e, comma-separated) runs only those stages, for working on one part.
const stages = new Set((process.env.TEST_STAGES || "checks,unit,http,e2e").split(",").map((s) => s.trim()))

function record(name, counts, note = "") {
  results.push({ name, ...counts, note })
  const mark = counts.failed ? red("✗") : green("✓")
  console.log(`  ${mark} ${name}: ${counts.passed} passed, ${counts.failed} failed${note ? ` — ${note}` : ""}`)
}

async function main() {
  step(1, STEPS, "Install dependencies")
  done((await ensureInstalled()) ? "installed" : "already installed")
  const suites = await import("./lib/suites.mjs")
  const pgLib = await import("./lib/postgres.mjs")
  const stack = await import("./lib/stack.mjs")

  const unknown = [...stages].filter((s) => !["checks", "unit", "http", "e2e"].includes(s))
  if (unknown.length) throw new Error(`TEST_STAGES: unknown stage ${unknown.join(", ")}; use checks, unit, http or e2e`)

  step(2, STEPS, "Test database (separate from `npm start`)")
  const server = await testDatabaseServer(pgLib)
  done(server.describe)

  if (stages.has("checks")) {
    step(3, STEPS, "Typecheck and lint")
    record("typecheck", await suites.turboTask("typecheck", print))
    record("lint", await suites.turboTask("lint", print))
    done()
  }

  if (stages.has("unit")) await unitStage(suites, server)
  if (stages.has("http")) await httpStage(suites, server)
  if (stages.has("e2e")) await e2eStage({ suites, pgLib, stack, server })
}

async function unitStage(suites, server) {
  step(4, STEPS, "Unit tests")
  record("backend unit", await suites.jest("unit", { DATABASE_URL: server.url("htx_unit") }, print))
  record("storefront unit", await suites.nodeTests(storefrontDir, "*.unit.spec.ts", print))
  record("start-up checks", await suites.nodeTests(scriptsDir, "*.test.mjs", print))
  done()
}

async function httpStage(suites, server) {
  step(5, STEPS, "Backend HTTP integration tests")
  // Every suite with the embedded PostgreSQL search provider; the search contract again with Meilisearch when it is configured.
  const httpEnv = { ...server.testUtilsEnv, DATABASE_URL: server.url("htx_integration"), MEILISEARCH_HOST: "" }
  record("backend http", await suites.jest("integration:http", httpEnv, print))
  if (process.env.MEILISEARCH_HOST) {
    const meilisearch = { ...httpEnv, MEILISEARCH_HOST: process.env.MEILISEARCH_HOST, MEILISEARCH_INDEX: `htx_test_${process.pid}` }
    record("search on meilisearch", await suites.jest("integration:http", meilisearch, print, { files: ["integration-tests/http/store-search.spec.ts"], name: "search-meilisearch" }))
  } else {
    info("search contract on Meilisearch skipped: MEILISEARCH_HOST is not set")
  }
  done()
}

async function e2eStage({ suites, pgLib, stack, server }) {
  step(6, STEPS, "End-to-end tests (production build, headless Chromium)")
  const chromium = findChromium()
  if (!chromium) {
    console.log(`  ${yellow(CHROMIUM_HELP)}`)
    record("end-to-end", { passed: 0, failed: 1 }, "no Chromium")
  } else {
    record("end-to-end", await endToEnd({ suites, pgLib, stack, server, chromium }))
  }
  done()
}

/** Embedded PostgreSQL on its own port and folder, or the server in TEST_DATABASE_URL / DATABASE_URL (own database names). */
async function testDatabaseServer(pgLib) {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL
  if (external) {
    const problem = checkDatabaseUrl(external)
    if (problem) throw new Error(problem)
    const base = new URL(external)
    const url = (name) => Object.assign(new URL(base), { pathname: `/${name}` }).toString()
    return { url, describe: `server ${base.host}`, testUtilsEnv: testUtilsEnv(base) }
  }
  const { port, error } = parsePort("TEST_PG_PORT", 54330)
  if (error) throw new Error(error)
  const { dir, inMemory } = testPostgresDir({ dataDir })
  database = await pgLib.startEmbeddedPostgres({ dir, port, fast: true, note: info })
  const base = new URL(database.url("postgres"))
  return { url: database.url, describe: `embedded PostgreSQL on localhost:${port}${inMemory ? ` (files in memory, ${dir})` : ""}`, testUtilsEnv: testUtilsEnv(base) }
}

function testUtilsEnv(url) {
  return {
    DB_HOST: url.hostname,
    DB_PORT: url.port || "5432",
    DB_USERNAME: decodeURIComponent(url.username),
    DB_PASSWORD: decodeURIComponent(url.password),
  }
}

async function endToEnd({ suites, pgLib, stack, server, chromium }) {
  const ports = {}
  for (const [name, envName, fallback] of [["backend", "E2E_BACKEND_PORT", 9100], ["storefront", "E2E_STOREFRONT_PORT", 8100]]) {
    const { port, error } = parsePort(envName, fallback)
    if (error) throw new Error(error)
    ports[name] = port
  }
  const databaseUrl = server.url("htx_e2e")
  info("fresh database htx_e2e")
  await pgLib.recreateDatabase(databaseUrl)
  const env = stack.backendEnv({
    databaseUrl,
    backendPort: ports.backend,
    storefrontPort: ports.storefront,
    uploadDir: path.join(dataDir, "test-uploads"),
    secrets: { JWT_SECRET: "e2e-jwt-secret-0123456789", COOKIE_SECRET: "e2e-cookie-secret-0123456789" },
  })
  info("migrations")
  await stack.migrate(env, print)
  info("demo data")
  await stack.seed(env, print)
  info("production build")
  await stack.build(print)
  stack.linkUploads(env.FILE_UPLOAD_DIR)
  info(`serving backend :${ports.backend}, storefront :${ports.storefront}`)
  if (!process.env.STRIPE_API_KEY || !process.env.STRIPE_PUBLISHABLE_KEY) {
    info("card payment of the buyer abroad skipped: STRIPE_API_KEY and STRIPE_PUBLISHABLE_KEY (Stripe test keys) are not set")
  }
  const key = await stack.publishableKey(databaseUrl)
  await stack.serve({ env, backendPort: ports.backend, storefrontPort: ports.storefront, key, quiet: !verbose, logDir: path.join(dataDir, "test-logs") })
  try {
    return await suites.playwright(
      {
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
        E2E_STOREFRONT_URL: `http://localhost:${ports.storefront}`,
        E2E_BACKEND_URL: `http://localhost:${ports.backend}`,
        E2E_DATABASE_URL: databaseUrl,
      },
      (line) => console.log(dim(`    ${line}`))
    )
  } finally {
    await stopServices()
  }
}

async function finish(code) {
  await stopServices()
  if (database) await database.stop().catch(() => {})
  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  console.log(`\n${bold("Summary")}`)
  for (const r of results) console.log(`  ${r.name.padEnd(18)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed`)
  console.log(`\n${passed} passed, ${failed} failed`)
  process.exit(failed || code ? 1 : 0)
}

process.on("SIGINT", () => void finish(130))
main()
  .then(() => finish(0))
  .catch(async (error) => {
    console.error(`\n${red("✗")} ${error.message}${error.output ? `\n${dim(error.output)}` : ""}`)
    results.push({ name: "setup", passed: 0, failed: 1 })
    await finish(1)
  })
