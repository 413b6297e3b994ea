import { withCheckDigit } from "../../lib/gs1/gtin"
import type { UnitCode } from "../../modules/traceability/vocabulary"
import { demoCategories } from "./categories"
import { addDays, stableHash } from "./stable-hash"
import { type DemoTraceStep, TRACE_STORIES } from "./trace-stories"
import type { DemoArt, DemoCooperative } from "./types"

/** A demo lot of a product's first variant, with the steps recorded for it. */
export type DemoLot = {
  cooperative_handle: string
  product_handle: string
  variant_sku: string
  /** GTIN-13 under Việt Nam's 893 prefix: a company prefix per cooperative, an item reference per product. */
  gtin: string
  lot_code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: UnitCode
  origin: { name: string; commune: string; province: string; latitude: number | null; longitude: number | null }
  certifications: { kind: "vietgap" | "organic_vn"; number: string; issuer: string }[]
  events: (DemoTraceStep & { at: string })[]
}

// Approximate centres of the communes that have one well known, for the origin's map link.
const COMMUNE_CENTRES: Record<string, [number, number]> = {
  "Xã Hàm Yên": [22.07, 105.04],
  "Xã Nà Hang": [22.35, 105.38],
  "Xã Chiêm Hóa": [22.15, 105.27],
  "Xã Đồng Văn": [23.28, 105.36],
  "Xã Mèo Vạc": [23.16, 105.41],
  "Xã Quản Bạ": [23.07, 104.99],
  "Xã Hoàng Su Phì": [22.74, 104.68],
  "Xã Sơn Dương": [21.7, 105.4],
  "Xã Yên Sơn": [21.87, 105.21],
  "Xã Lâm Bình": [22.45, 105.22],
}

const SHELF_LIFE_DAYS: Record<DemoArt, number | null> = {
  leaf: 730,
  drop: 730,
  fruit: 21,
  bottle: 1825,
  meat: 180,
  grain: 365,
  herb: 730,
  mushroom: 365,
  cake: 7,
  basket: null,
  cloth: null,
  flower: 1095,
}

const UNIT: Record<DemoArt, UnitCode> = {
  leaf: "kg",
  drop: "l",
  fruit: "kg",
  bottle: "l",
  meat: "kg",
  grain: "kg",
  herb: "kg",
  mushroom: "kg",
  cake: "piece",
  basket: "piece",
  cloth: "piece",
  flower: "l",
}

/** `YYMMDD` of a day, as lot codes carry it. */
const yymmdd = (day: string) => day.slice(2).replaceAll("-", "")

/** Every demo product gets one lot of its first variant, every third an older second lot; all produced at least five weeks before `today`. */
export function planTraceLots(cooperatives: DemoCooperative[], today: string): DemoLot[] {
  const artByCategory = new Map(demoCategories.map((c) => [c.handle, c.art]))
  const lots: DemoLot[] = []
  cooperatives.forEach((coop, coopIndex) => {
    const companyPrefix = `893${String(60000 + coopIndex * 7).padStart(5, "0")}`
    coop.products.forEach((product, productIndex) => {
      const variant = product.variants[0]
      if (!variant) return
      const art = artByCategory.get(product.category) ?? "basket"
      const hash = stableHash(product.handle)
      const gtin = withCheckDigit(`${companyPrefix}${String(productIndex * 10).padStart(4, "0")}`)
      const rounds = hash % 3 === 0 ? [0, 1] : [0]
      for (const round of rounds) {
        const produced_on = addDays(today, -(35 + (hash % 50) + round * 120))
        const shelf = SHELF_LIFE_DAYS[art]
        const centre = COMMUNE_CENTRES[coop.commune]
        const story = TRACE_STORIES[art]
        lots.push({
          cooperative_handle: coop.handle,
          product_handle: product.handle,
          variant_sku: variant.sku,
          gtin,
          lot_code: `${yymmdd(produced_on)}-${String(round + 1).padStart(2, "0")}`,
          produced_on,
          expires_on: shelf === null ? null : addDays(produced_on, shelf),
          quantity: 40 + (hash % 400),
          unit: UNIT[art],
          origin: { name: `${story[0]?.place ?? "Cơ sở sản xuất"} — ${coop.short_name}`, commune: coop.commune, province: coop.province, latitude: centre?.[0] ?? null, longitude: centre?.[1] ?? null },
          certifications: certificationsFor(art, hash, coop.commune),
          events: story.map((step) => ({ ...step, at: `${addDays(produced_on, step.day)}T${String(step.hour).padStart(2, "0")}:00:00+07:00` })),
        })
      }
    })
  })
  return lots
}

function certificationsFor(art: DemoArt, hash: number, commune: string): DemoLot["certifications"] {
  const farmed = art === "leaf" || art === "fruit" || art === "drop" || art === "grain"
  if (!farmed) return []
  const result: DemoLot["certifications"] = []
  if (hash % 3 !== 1) result.push({ kind: "vietgap", number: `VietGAP-TT-${String(hash % 9000).padStart(4, "0")}`, issuer: `Trung tâm chứng nhận VietGAP (${commune})` })
  if (art === "leaf" && hash % 4 === 0) result.push({ kind: "organic_vn", number: `TCVN11041-${String(hash % 700).padStart(3, "0")}`, issuer: "Văn phòng chứng nhận hữu cơ" })
  return result
}
