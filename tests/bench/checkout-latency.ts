/**
 * Checkout latency on a production build with the demo seed: the store API calls the storefront makes from a full cart
 * to a placed purchase (two cooperatives, address, shipping per cooperative, cash on delivery, place), timed as a whole
 * and for the place-order call alone, p50/p95 at 1 and 5 shoppers at once, each as a ratio to plain GET /store/products
 * measured in the same run. Run: `npm run bench:checkout -w tests`.
 */
import { query } from "../../scripts/lib/postgres.mjs"
import { log, ms, runBench } from "./bench-run"
import { startDemoStack } from "./demo-stack"
import { runLoad } from "./load"

const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS ?? 30)
const CONCURRENCY = [1, 5]
const PORTS = { pg: 54343, backend: 9220, storefront: 8220 }
const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn Thị",
  address_1: "Số 12 đường Tân Trào",
  city: "Phường Minh Xuân",
  province: "Tuyên Quang",
  country_code: "vn",
  phone: "0912345678",
}

type Hit = { id: string; cooperative: string }
type Pair = [string, string]

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

async function main() {
  const stack = await startDemoStack("checkout", PORTS)
  try {
    const headers = { "x-publishable-api-key": stack.key, "content-type": "application/json" }
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${stack.api}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
      const data = (await res.json()) as T & { message?: string }
      if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${data.message ?? ""}`)
      return data
    }

    // The benchmark's own database: every variant gets plenty of stock, so no run is cut short by the demo's small stocks.
    await query(stack.databaseUrl, "UPDATE inventory_level SET stocked_quantity = stocked_quantity + 100000 WHERE deleted_at IS NULL")
    const { regions } = await call<{ regions: { id: string; currency_code: string }[] }>("GET", "/store/regions")
    const region = regions.find((r) => r.currency_code === "vnd")
    if (!region) throw new Error("The demo seed has no region in đồng.")
    // Pairs of in-stock products from two different cooperatives, rotated so no product runs out.
    const { hits } = await call<{ hits: Hit[] }>("GET", "/store/search?limit=50&sort=newest&filters[in_stock]=true")
    const ids = hits.map((h) => h.id)
    const { products } = await call<{ products: { id: string; variants: { id: string }[] }[] }>("GET", `/store/products?limit=50&fields=id,variants.id&${ids.map((id) => `id[]=${id}`).join("&")}`)
    const variantOf = new Map(products.map((p) => [p.id, p.variants[0]?.id ?? ""]))
    const pairs: Pair[] = []
    for (let i = 0; i < hits.length; i++) {
      const other = hits.find((h, j) => j > i && h.cooperative !== hits[i]!.cooperative && !pairs.some((p) => p.includes(variantOf.get(h.id)!)))
      if (other && variantOf.get(hits[i]!.id) && variantOf.get(other.id)) pairs.push([variantOf.get(hits[i]!.id)!, variantOf.get(other.id)!])
    }
    if (pairs.length < 5) throw new Error("Too few in-stock products from different cooperatives to measure checkouts.")

    let turn = 0
    /** One shopper's checkout; returns [whole, place-order] in ms. */
    const checkout = async (): Promise<[number, number]> => {
      const pair = pairs[turn++ % pairs.length]!
      const started = performance.now()
      const { cart } = await call<{ cart: { id: string } }>("POST", "/store/carts", { region_id: region.id, email: "bench@thunghiem.test" })
      for (const variant_id of pair) await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
      await call("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
      const { groups } = await call<{ groups: { options: { id: string; code: string }[] }[] }>("GET", `/store/carts/${cart.id}/shipping-groups`)
      for (const g of groups) await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: g.options.find((o) => o.code === "standard")!.id })
      const { payment_collection } = await call<{ payment_collection: { id: string } }>("POST", "/store/payment-collections", { cart_id: cart.id })
      await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      const placing = performance.now()
      const { purchase } = await call<{ purchase: { orders: unknown[] } }>("POST", "/store/purchases", { cart_id: cart.id })
      if (purchase.orders.length !== 2) throw new Error(`A checkout placed ${purchase.orders.length} orders instead of 2.`)
      const done = performance.now()
      return [done - started, done - placing]
    }

    log(`${pairs.length} product pairs; warm-up`)
    for (let i = 0; i < 3; i++) await checkout()
    await runLoad([`${stack.api}/store/products`], 2, 2000, { "x-publishable-api-key": stack.key })

    const rows: { name: string; concurrency: number; p50: number; p95: number; count: number }[] = []
    for (const concurrency of CONCURRENCY) {
      const whole: number[] = []
      const place: number[] = []
      let left = CHECKOUTS
      const started = performance.now()
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (left-- > 0) {
            const [w, p] = await checkout()
            whole.push(w)
            place.push(p)
          }
        })
      )
      const seconds = (performance.now() - started) / 1000
      const base = await runLoad([`${stack.api}/store/products`], concurrency, 5000, { "x-publishable-api-key": stack.key })
      for (const [name, values] of [["cart → order (10 API calls)", whole], ["place order (POST /store/purchases)", place]] as const) {
        const sorted = [...values].sort((a, b) => a - b)
        rows.push({ name, concurrency, p50: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length })
      }
      rows.push({ name: "baseline GET /store/products", concurrency, p50: base.p50, p95: base.p95, count: base.requests })
      log(`${concurrency} shopper(s): ${CHECKOUTS} checkouts in ${seconds.toFixed(1)} s (${(CHECKOUTS / seconds).toFixed(2)} per second)`)
    }

    console.log(`\nCheckout latency on the demo seed, production build, ${CHECKOUTS} checkouts per row (two cooperatives, cash on delivery)`)
    console.log(`${"scenario".padEnd(40)}${"shoppers".padStart(9)}${"n".padStart(6)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}${"p95 ÷ baseline".padStart(16)}`)
    for (const r of rows) {
      const base = rows.find((x) => x.concurrency === r.concurrency && x.name.startsWith("baseline"))!
      console.log(`${r.name.padEnd(40)}${String(r.concurrency).padStart(9)}${String(r.count).padStart(6)}${ms(r.p50).padStart(10)}${ms(r.p95).padStart(10)}${(r.p95 / base.p95).toFixed(2).padStart(16)}`)
    }
  } finally {
    await stack.stop()
  }
}

runBench(main)
