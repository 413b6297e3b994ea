/**
 * Lighthouse (mobile, its default throttled phone) on a production build with the demo seed: performance and
 * accessibility scores of the home, category, product and cart pages, with the largest contentful paint and total
 * blocking time behind the performance score. Targets: performance ≥ 90 and accessibility ≥ 95 on every page.
 * Chromium is the system's (PLAYWRIGHT_CHROMIUM_EXECUTABLE or /usr/bin/chromium). Run: `npm run bench:lighthouse -w tests`.
 */
import { log, runBench } from "./bench-run"
import { startDemoStack } from "./demo-stack"

const PORTS = { pg: 54343, backend: 9220, storefront: 8220 }
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const TARGET = { performance: 90, accessibility: 95 }
const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium"
// The same quiet flags as the end-to-end tests: no background services on a machine without outside network.
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

type Page = { name: string; url: string; cookie?: string }
type Score = { performance: number; accessibility: number; lcp: number; tbt: number; failed: string[]; where: string[] }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function main() {
  // Both ship as ES modules that need their own import.meta; loaded as such, not through the CommonJS transform.
  const [{ default: lighthouse }, { launch }] = await Promise.all([import("lighthouse"), import("chrome-launcher")])
  const stack = await startDemoStack("checkout", PORTS)
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS })
  try {
    const headers = { "x-publishable-api-key": stack.key, "content-type": "application/json" }
    const get = async <T>(path: string, init?: RequestInit) => (await (await fetch(`${stack.api}${path}`, { headers, ...init })).json()) as T
    const { product_categories } = await get<{ product_categories: { handle: string }[] }>("/store/product-categories?limit=1&fields=handle")
    const { products } = await get<{ products: { handle: string; variants: { id: string }[] }[] }>("/store/products?limit=1&fields=handle,variants.id&order=-created_at")
    const { regions } = await get<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
    const { cart } = await get<{ cart: { id: string } }>("/store/carts", { method: "POST", body: JSON.stringify({ region_id: regions.find((r) => r.currency_code === "vnd")!.id }) })
    await get(`/store/carts/${cart.id}/line-items`, { method: "POST", body: JSON.stringify({ variant_id: products[0]!.variants[0]!.id, quantity: 1 }) })
    const pages: Page[] = [
      { name: "home", url: `${stack.site}/` },
      { name: "category", url: `${stack.site}/categories/${product_categories[0]!.handle}` },
      { name: "product", url: `${stack.site}/products/${products[0]!.handle}` },
      { name: "cart", url: `${stack.site}/cart`, cookie: `htx_cart_id=${cart.id}` },
    ]

    const rows: { page: Page; score: Score }[] = []
    for (const page of pages) {
      // One unmeasured load warms the server's caches, as a page a province's shoppers keep opening would be.
      await fetch(page.url, { headers: page.cookie ? { cookie: page.cookie } : {} })
      const runs: Score[] = []
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
        })
        if (!result) throw new Error(`Lighthouse gave no result for ${page.url}.`)
        const { categories, audits } = result.lhr
        runs.push({
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
          lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
          tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
          failed: (categories.accessibility?.auditRefs ?? []).filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0).map((ref) => ref.id),
          where: [],
        })
        const last = runs[runs.length - 1]!
        // Which elements fail, so the table can be acted on: the audit and the element's selector.
        for (const id of last.failed) {
          const items = ((audits[id]?.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []).slice(0, 3)
          last.where.push(...items.map((item) => `${id}: ${item.node?.selector ?? "?"}`))
        }
      }
      const score: Score = {
        performance: median(runs.map((r) => r.performance)),
        accessibility: median(runs.map((r) => r.accessibility)),
        lcp: median(runs.map((r) => r.lcp)),
        tbt: median(runs.map((r) => r.tbt)),
        failed: [...new Set(runs.flatMap((r) => r.failed))],
        where: [...new Set(runs.flatMap((r) => r.where))],
      }
      rows.push({ page, score })
      for (const line of score.where) log(`  ${page.name}: ${line}`)
      log(`${page.name.padEnd(9)} performance ${score.performance}  accessibility ${score.accessibility}  LCP ${(score.lcp / 1000).toFixed(2)} s  TBT ${score.tbt.toFixed(0)} ms`)
    }

    console.log(`\nLighthouse, mobile (simulated slow 4G and a 4× slower CPU), median of ${RUNS} runs per page, production build`)
    console.log(`${"page".padEnd(10)}${"performance".padStart(13)}${"accessibility".padStart(15)}${"LCP s".padStart(8)}${"TBT ms".padStart(8)}  target met`)
    for (const { page, score } of rows) {
      const met = score.performance >= TARGET.performance && score.accessibility >= TARGET.accessibility
      console.log(
        `${page.name.padEnd(10)}${String(score.performance).padStart(13)}${String(score.accessibility).padStart(15)}${(score.lcp / 1000).toFixed(2).padStart(8)}${score.tbt.toFixed(0).padStart(8)}  ${met ? "yes" : "no"}${score.failed.length ? `  (accessibility audits failed: ${score.failed.join(", ")})` : ""}`
      )
    }
  } finally {
    chrome.kill()
    await stack.stop()
  }
}

runBench(main)
