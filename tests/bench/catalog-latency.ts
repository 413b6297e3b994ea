/**
 * Catalogue latency and stack memory on the 10,000-product seed (size: BENCH_PRODUCTS).
 * Figures: p50/p95 at 1, 10 and 50 clients for the storefront's listing and product pages and the store API call
 * behind the listing, each as a ratio to plain GET /store/products (default fields) measured in the same run;
 * memory (PSS) of PostgreSQL + backend + storefront at idle and under load. Run: `npm run bench`.
 */
import path from "node:path"
import { dataDir } from "../../scripts/lib/paths.mjs"
import { ensureDatabase, query, startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
import { run, stopServices } from "../../scripts/lib/proc.mjs"
import { backendEnv, build, linkUploads, migrate, publishableKey, serve } from "../../scripts/lib/stack.mjs"
import { bin, backendDir } from "../../scripts/lib/paths.mjs"
import { runLoad, type LoadResult } from "./load"
import { postgresPids, treeMemory } from "./memory"
import { log, ms, runBench } from "./bench-run"

const SIZE = Number(process.env.BENCH_PRODUCTS ?? 10000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONCURRENCY = [1, 10, 50]
const PORTS = { pg: 54340, backend: 9200, storefront: 8200 }
const IDLE_LIMIT_MIB = 1536
const LISTING_FIELDS = "id,title,handle,thumbnail,metadata,*variants.calculated_price,+variants.inventory_quantity,+cooperative.name,+cooperative.handle"

async function main() {
  const pgDir = path.join(dataDir, "postgres-bench")
  const db = await startEmbeddedPostgres({ dir: pgDir, port: PORTS.pg })
  try {
    const databaseUrl = db.url(`htx_bench_${SIZE}`)
    await ensureDatabase(databaseUrl)
    const env = backendEnv({
      databaseUrl,
      backendPort: PORTS.backend,
      storefrontPort: PORTS.storefront,
      uploadDir: path.join(dataDir, "bench-uploads"),
      secrets: { JWT_SECRET: "bench-jwt-secret-0123456789", COOKIE_SECRET: "bench-cookie-secret-0123456789" },
    })
    log("migrations")
    await migrate(env)
    const n = Number((await query(databaseUrl, "SELECT count(*)::int AS n FROM product WHERE deleted_at IS NULL"))[0]?.n ?? 0)
    if (n < SIZE) {
      log(`seeding ${SIZE} products (once per size; kept in .data/postgres-bench)`)
      await run(bin("medusa"), ["exec", "./src/scripts/seed-bench.ts", String(SIZE)], { cwd: backendDir, env, onLine: (l: string) => l.includes("[seed]") && log(l.replace(/^.*\[seed\]\s*/, "")) })
    }
    log("build")
    await build()
    linkUploads(env.FILE_UPLOAD_DIR)
    const key = (await publishableKey(databaseUrl))!
    const { backend, storefront } = await serve({ env, backendPort: PORTS.backend, storefrontPort: PORTS.storefront, key, quiet: true })
    const targets = await buildTargets(databaseUrl, key)
    const memory = () => {
      const pg = treeMemory(postgresPids(db.dir))
      const be = treeMemory([backend.pid!])
      const sf = treeMemory([storefront.pid!])
      return { postgres: pg.pssMiB, backend: be.pssMiB, storefront: sf.pssMiB, total: pg.pssMiB + be.pssMiB + sf.pssMiB, rss: pg.rssMiB + be.rssMiB + sf.rssMiB }
    }

    log("warm-up")
    for (const t of targets) await runLoad(t.urls, 4, 3000, t.headers)
    await new Promise((r) => setTimeout(r, 5000))
    const idle = memory()

    const results: { name: string; concurrency: number; r: LoadResult }[] = []
    let peak = idle
    for (const concurrency of CONCURRENCY) {
      for (const t of targets) {
        const sampler = setInterval(() => {
          const m = memory()
          if (m.total > peak.total) peak = m
        }, 1000)
        const r = await runLoad(t.urls, concurrency, SECONDS * 1000, t.headers)
        clearInterval(sampler)
        results.push({ name: t.name, concurrency, r })
        log(`${t.name.padEnd(34)} c=${String(concurrency).padStart(2)}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  ${r.rps.toFixed(0)} req/s  errors ${r.errors}`)
      }
    }
    report(results, idle, peak)
  } finally {
    await stopServices()
    await db.stop()
  }
}

async function buildTargets(databaseUrl: string, key: string) {
  const api = `http://localhost:${PORTS.backend}`
  const site = `http://localhost:${PORTS.storefront}`
  const headers = { "x-publishable-api-key": key }
  const regions = (await (await fetch(`${api}/store/regions`, { headers })).json()) as { regions: { id: string; currency_code: string }[] }
  const vn = regions.regions.find((r) => r.currency_code === "vnd")!.id
  const handles = (await query(databaseUrl, "SELECT handle FROM product WHERE deleted_at IS NULL ORDER BY md5(id) LIMIT 200")) as { handle: string }[]
  const categories = (await query(databaseUrl, "SELECT handle FROM product_category WHERE deleted_at IS NULL")) as { handle: string }[]
  const pages = categories.flatMap((c) => [1, 2, 3, 5, 8].map((p) => `${site}/categories/${c.handle}?page=${p}`))
  return [
    { name: "baseline GET /store/products", urls: [`${api}/store/products`], headers },
    {
      name: "API listing (storefront's request)",
      urls: [0, 12, 24, 48, 96].map((o) => `${api}/store/products?limit=12&offset=${o}&region_id=${vn}&fields=${encodeURIComponent(LISTING_FIELDS)}`),
      headers,
    },
    { name: "storefront category page", urls: pages, headers: {} },
    { name: "storefront product page", urls: handles.map((h) => `${site}/products/${h.handle}`), headers: {} },
  ]
}

function report(results: { name: string; concurrency: number; r: LoadResult }[], idle: Record<string, number>, peak: Record<string, number>) {
  console.log(`\nCatalogue latency on ${SIZE} products, ${SECONDS}s per run, same process and data for every row`)
  console.log(`${"scenario".padEnd(36)}${"clients".padStart(8)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}${"req/s".padStart(9)}${"p95 ÷ baseline".padStart(16)}`)
  for (const { name, concurrency, r } of results) {
    const base = results.find((x) => x.concurrency === concurrency && x.name.startsWith("baseline"))!.r
    console.log(`${name.padEnd(36)}${String(concurrency).padStart(8)}${ms(r.p50).padStart(10)}${ms(r.p95).padStart(10)}${r.rps.toFixed(0).padStart(9)}${(r.p95 / base.p95).toFixed(2).padStart(16)}`)
  }
  const mem = (m: Record<string, number>) =>
    `PostgreSQL ${m.postgres!.toFixed(0)} + backend ${m.backend!.toFixed(0)} + storefront ${m.storefront!.toFixed(0)} = ${m.total!.toFixed(0)} MiB PSS (RSS sum ${m.rss!.toFixed(0)} MiB)`
  console.log(`\nMemory at idle:       ${mem(idle)}`)
  console.log(`Memory under load:    ${mem(peak)} (peak)`)
  const ok = idle.total! < IDLE_LIMIT_MIB
  console.log(`Idle memory ${ok ? "within" : "OVER"} the ${IDLE_LIMIT_MIB} MiB budget: ${idle.total!.toFixed(0)} MiB`)
  if (!ok) process.exitCode = 1
}

runBench(main)
