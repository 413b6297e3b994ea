/**
 * Server time of the public lot page (GS1 Digital Link `/01/{gtin}/10/{lot}`) on the demo seed.
 * Figures: p50/p95 at 1 and 10 clients for the storefront lot page, the store API call behind it, and the EPCIS
 * document, each as a ratio to plain GET /store/products measured in the same run. Run: `npm run bench:trace -w tests`.
 */
import { query } from "../../scripts/lib/postgres.mjs"
import { startDemoStack } from "./demo-stack"
import { runLoad, type LoadResult } from "./load"
import { log, ms, runBench } from "./bench-run"

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONCURRENCY = [1, 10]
const PORTS = { pg: 54341, backend: 9210, storefront: 8210 }

async function main() {
  const stack = await startDemoStack("trace", PORTS)
  try {
    const databaseUrl = stack.databaseUrl
    const key = stack.key
    const lots = (await query(
      databaseUrl,
      "SELECT t.gtin, l.lot_code FROM lot l JOIN trade_item t ON t.id = l.trade_item_id WHERE l.deleted_at IS NULL ORDER BY md5(l.id)"
    )) as { gtin: string; lot_code: string }[]
    if (!lots.length) throw new Error("The demo seed has no lots: nothing to measure.")
    const paths = lots.map((l) => `/01/${l.gtin}/10/${encodeURIComponent(l.lot_code)}`)
    const { api, site } = stack
    const headers = { "x-publishable-api-key": key }
    const targets = [
      { name: "baseline GET /store/products", urls: [`${api}/store/products`], headers },
      { name: "store API lot (page's data)", urls: paths.map((p) => `${api}/store/traceability${p}`), headers },
      { name: "EPCIS document", urls: paths.map((p) => `${api}/store/traceability${p}/epcis`), headers },
      { name: "storefront lot page (HTML)", urls: paths.map((p) => `${site}${p}`), headers: {} },
    ]
    log(`${lots.length} lots; warm-up`)
    for (const t of targets) await runLoad(t.urls, 2, 3000, t.headers)

    const results: { name: string; concurrency: number; r: LoadResult }[] = []
    for (const concurrency of CONCURRENCY) {
      for (const t of targets) {
        const r = await runLoad(t.urls, concurrency, SECONDS * 1000, t.headers)
        results.push({ name: t.name, concurrency, r })
        log(`${t.name.padEnd(30)} c=${String(concurrency).padStart(2)}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  ${r.rps.toFixed(0)} req/s  errors ${r.errors}`)
      }
    }
    console.log(`\nLot page server time on the demo seed (${lots.length} lots), ${SECONDS}s per run, same process and data for every row`)
    console.log(`${"scenario".padEnd(32)}${"clients".padStart(8)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}${"req/s".padStart(9)}${"errors".padStart(8)}${"p95 ÷ baseline".padStart(16)}`)
    for (const { name, concurrency, r } of results) {
      const base = results.find((x) => x.concurrency === concurrency && x.name.startsWith("baseline"))!.r
      console.log(
        `${name.padEnd(32)}${String(concurrency).padStart(8)}${ms(r.p50).padStart(10)}${ms(r.p95).padStart(10)}${r.rps.toFixed(0).padStart(9)}${String(r.errors).padStart(8)}${(r.p95 / base.p95).toFixed(2).padStart(16)}`
      )
    }
    if (results.some((x) => x.r.errors > 0)) process.exitCode = 1
  } finally {
    await stack.stop()
  }
}

runBench(main)
