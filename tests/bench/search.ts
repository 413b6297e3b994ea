/**
 * Catalogue search on the 10,000 and 100,000-product seeds (BENCH_SEARCH_SIZES), PostgreSQL provider:
 * the time of a full reindex into an empty index, then p50/p95 at 1 and 10 clients of typical shopper searches with facets on
 * GET /store/search, beside Medusa's own GET /store/products?q= for the same words in the same run.
 * Targets: p95 ≤ 50 ms at 10 clients; 100,000 products indexed in under 2 minutes. Run: `npm run bench:search -w tests`.
 * Seeding 100,000 products takes about 20 minutes; the seeds are kept (in .data/postgres-bench, or in BENCH_POSTGRES_URL's server).
 */
import path from "node:path"
import { dataDir, bin, backendDir } from "../../scripts/lib/paths.mjs"
import { ensureDatabase, query, startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
import { run, stopServices } from "../../scripts/lib/proc.mjs"
import { backendEnv, build, migrate, publishableKey, serveBackend } from "../../scripts/lib/stack.mjs"
import { runLoad, type LoadResult } from "./load"
import { log, ms, runBench } from "./bench-run"

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? "10000,100000").split(",").map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONCURRENCY = [1, 10]
const PORTS = { pg: Number(process.env.BENCH_PG_PORT ?? 54340), backend: Number(process.env.BENCH_BACKEND_PORT ?? 9200) }
const TARGET_P95_MS = 50
const TARGET_INDEX_S = 120
/** What shoppers type: with and without diacritics, a typo, a synonym, English. */
const QUERIES = ["mat ong", "chè shan tuyết", "cam sanh ham yen", "gao", "tra", "mien dong", "thit trau", "honey", "mat ogn", "nam huong", "ruou ngo", "bánh gai"]
const FACETS = "category,ocop_stars,province,cooperative,certifications,in_stock,price"

type Row = { size: number; name: string; concurrency: number; r: LoadResult }

/** The bench's own embedded server, or a running one (BENCH_POSTGRES_URL, e.g. postgres://postgres:postgres@localhost:5432) holding seeds made before. */
async function benchServer(): Promise<{ url: (database: string) => string; stop: () => Promise<void> }> {
  const external = process.env.BENCH_POSTGRES_URL?.replace(/\/+$/, "")
  if (external) return { url: (database) => `${external}/${database}`, stop: async () => {} }
  return startEmbeddedPostgres({ dir: path.join(dataDir, "postgres-bench"), port: PORTS.pg })
}

async function main() {
  const db = await benchServer()
  const rows: Row[] = []
  const indexing: { size: number; seconds: number; rate: number }[] = []
  try {
    log("build (backend)")
    await build(undefined, {}, { backendOnly: true })
    for (const size of SIZES) {
      const databaseUrl = db.url(`htx_bench_${size}`)
      await ensureDatabase(databaseUrl)
      const env = backendEnv({
        databaseUrl,
        backendPort: PORTS.backend,
        storefrontPort: 8200,
        uploadDir: path.join(dataDir, "bench-uploads"),
        secrets: { JWT_SECRET: "bench-jwt-secret-0123456789", COOKIE_SECRET: "bench-cookie-secret-0123456789" },
      })
      log(`${size}: migrations`)
      await migrate(env)
      const n = Number((await query(databaseUrl, "SELECT count(*)::int AS n FROM product WHERE deleted_at IS NULL"))[0]?.n ?? 0)
      if (n < size) {
        log(`${size}: seeding products (once per size; kept in .data/postgres-bench)`)
        await run(bin("medusa"), ["exec", "./src/scripts/seed-bench.ts", String(size)], { cwd: backendDir, env, onLine: (l: string) => l.includes("[seed]") && log(l.replace(/^.*\[seed\]\s*/, "")) })
      }
      // Indexing from nothing, as on a new server: the documents, their vocabulary and facet groups are emptied first.
      await query(databaseUrl, `TRUNCATE "search_document", "search_term", "search_facet_group"`)
      log(`${size}: full reindex into an empty index`)
      const started = performance.now()
      await run(bin("medusa"), ["exec", "./src/scripts/reindex-search.ts"], { cwd: backendDir, env, onLine: (l: string) => l.includes("[search]") && log(l.replace(/^.*\[search\]\s*/, "")) })
      const reindexSeconds = (performance.now() - started) / 1000
      const docs = Number((await query(databaseUrl, "SELECT count(*)::int AS n FROM search_document WHERE kind = 'product'"))[0]?.n ?? 0)
      indexing.push({ size, seconds: reindexSeconds, rate: docs / reindexSeconds })
      log(`${size}: ${docs} products indexed in ${reindexSeconds.toFixed(1)} s (command start-up included)`)

      const key = (await publishableKey(databaseUrl))!
      await serveBackend({ env, backendPort: PORTS.backend, quiet: true })
      const headers = { "x-publishable-api-key": key }
      const api = `http://localhost:${PORTS.backend}`
      const search = (q: string, extra = "") => `${api}/store/search?q=${encodeURIComponent(q)}&limit=24&facets=${FACETS}${extra}`
      const targets = [
        { name: "baseline GET /store/products?q=", urls: QUERIES.map((q) => `${api}/store/products?q=${encodeURIComponent(q)}&limit=24`) },
        // Popular searches repeat: answers are kept until the index changes.
        { name: "GET /store/search with facets", urls: QUERIES.map((q) => search(q)) },
        // Every request different (a price bound no one else asked for): each one computed in PostgreSQL.
        { name: "  the same, never asked before", urls: [] as string[], fresh: true },
      ]
      // A new set of never-asked searches for each run, so no run meets another's kept answers.
      let asked = 0
      const urlsOf = (t: { urls: string[]; fresh?: boolean }) =>
        t.fresh ? Array.from({ length: 20000 }, () => search(QUERIES[asked % QUERIES.length]!, `&filters[price_max]=${10_000_000 + asked++}`)) : t.urls
      for (const t of targets) await runLoad(urlsOf(t), 2, 3000, headers)
      for (const concurrency of CONCURRENCY) {
        for (const t of targets) {
          const r = await runLoad(urlsOf(t), concurrency, SECONDS * 1000, headers)
          rows.push({ size, name: t.name, concurrency, r })
          log(`${size} ${t.name.padEnd(34)} c=${String(concurrency).padStart(2)}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  ${r.rps.toFixed(0)} req/s  errors ${r.errors}`)
        }
      }
      await stopServices()
    }
    report(rows, indexing)
  } finally {
    await stopServices()
    await db.stop()
  }
}

function report(rows: Row[], indexing: { size: number; seconds: number; rate: number }[]) {
  console.log(`\nCatalogue search, PostgreSQL provider, ${SECONDS}s per run, ${QUERIES.length} queries in turn, facets ${FACETS}`)
  console.log(`${"products".padEnd(10)}${"scenario".padEnd(36)}${"clients".padStart(8)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}${"req/s".padStart(9)}${"p95 ÷ baseline".padStart(16)}`)
  for (const { size, name, concurrency, r } of rows) {
    const base = rows.find((x) => x.size === size && x.concurrency === concurrency && x.name.startsWith("baseline"))!.r
    console.log(`${String(size).padEnd(10)}${name.padEnd(36)}${String(concurrency).padStart(8)}${ms(r.p50).padStart(10)}${ms(r.p95).padStart(10)}${r.rps.toFixed(0).padStart(9)}${(r.p95 / base.p95).toFixed(2).padStart(16)}`)
  }
  console.log("")
  for (const i of indexing) console.log(`Full reindex of ${i.size} products: ${i.seconds.toFixed(1)} s (${i.rate.toFixed(0)} products/s)${i.size >= 100000 ? ` — target under ${TARGET_INDEX_S} s: ${i.seconds < TARGET_INDEX_S ? "met" : "MISSED"}` : ""}`)
  for (const r of rows.filter((x) => x.concurrency === 10 && x.name.includes("/store/search"))) {
    console.log(`p95 at 10 clients on ${r.size} products: ${ms(r.r.p95)} ms — target ${TARGET_P95_MS} ms: ${r.r.p95 <= TARGET_P95_MS ? "met" : "MISSED"}`)
  }
  for (const r of rows.filter((x) => x.concurrency === 10 && x.name.includes("never asked"))) {
    console.log(`p95 at 10 clients on ${r.size} products, every search new: ${ms(r.r.p95)} ms`)
  }
}

runBench(main)
