import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { demoCooperatives } from "../demo-data/cooperatives"
import { syncFairPricesWorkflow } from "../../workflows/fair/sync-fair-prices"
import { demoFairPrice, demoFairs } from "../demo-data/fairs"

const DAY = 24 * 60 * 60 * 1000
// Fairs open at 8:00 and close at 21:00 in Việt Nam (UTC+7).
const vietnamDay = (base: Date, days: number, hour: number) => {
  const day = new Date(base.getTime() + days * DAY + 7 * 3600 * 1000).toISOString().slice(0, 10)
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`)
}

type Variant = { id: string; sku: string }

/**
 * The demo's fairs, as the province's records have them: one live now, one coming (open for applications), one past;
 * each with approved booths featuring two products of each cooperative at a tenth off, carried by the fair's sale
 * price list. Once per database.
 */
export async function seedFairs(container: MedusaContainer, now = new Date()): Promise<number> {
  const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
  const [, existing] = await fairs.listAndCountFairs({}, { take: 1 })
  if (existing > 0) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const handles = [...new Set(demoFairs.flatMap((f) => f.cooperatives))]
  const { data: coops } = await query.graph({ entity: "cooperative", fields: ["id", "handle"], filters: { handle: handles } })
  const coopId = new Map((coops as { id: string; handle: string }[]).map((c) => [c.handle, c.id]))
  const featured = demoCooperatives.filter((c) => handles.includes(c.handle)).flatMap((c) => c.products.slice(0, 2).map((p) => ({ coop: c.handle, variant: p.variants[0]! })))
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: featured.map((f) => f.variant.sku) } })
  const variantId = new Map((variants as Variant[]).map((v) => [v.sku, v.id]))

  for (const plan of demoFairs) {
    const { cooperatives, start_day, days, ...details } = plan
    const starts_at = vietnamDay(now, start_day, 8)
    const fair = await fairs.createFairs({
      ...details,
      starts_at,
      ends_at: vietnamDay(now, start_day + days - 1, 21),
      application_deadline: vietnamDay(now, start_day - 7, 17),
      organiser: "Sở Công Thương tỉnh Tuyên Quang",
      status: start_day > 0 ? "open" : "published",
    })
    let n = 0
    for (const handle of cooperatives) {
      const cooperativeId = coopId.get(handle)
      if (!cooperativeId) continue
      const booth = await fairs.createBooths({ fair_id: fair.id, status: "approved", code: `A${String(++n).padStart(2, "0")}` })
      await link.create({ [FAIR_MODULE]: { booth_id: booth.id }, [COOPERATIVE_MODULE]: { cooperative_id: cooperativeId } })
      const items = featured.filter((f) => f.coop === handle && variantId.has(f.variant.sku))
      const rows = await fairs.createBoothProducts(items.map((f) => ({ booth_id: booth.id, fair_price: demoFairPrice(f.variant.price_vnd) })))
      await link.create(rows.map((row, i) => ({ [FAIR_MODULE]: { booth_product_id: row.id }, [Modules.PRODUCT]: { product_variant_id: variantId.get(items[i]!.variant.sku)! } })))
    }
    await syncFairPricesWorkflow(container).run({ input: { fair_id: fair.id } })
  }
  return demoFairs.length
}
