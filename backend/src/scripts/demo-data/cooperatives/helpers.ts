import type { DemoVariant } from "../types"

/** Option title for products sold by weight. */
export const WEIGHT = { option_vi: "Khối lượng", option_en: "Weight" } as const

/** Option title for products sold by volume. */
export const VOLUME = { option_vi: "Dung tích", option_en: "Volume" } as const

/** Option title for products sold per pack, box or piece count. */
export const PACK = { option_vi: "Quy cách", option_en: "Pack" } as const

/** Option title for products sold by size. */
export const SIZE = { option_vi: "Kích thước", option_en: "Size" } as const

/** Rough USD shelf price in cents for a VND price: ×1.3 over the exchange rate, ending in 99. */
export function usdCents(priceVnd: number): number {
  return Math.max(99, Math.round((priceVnd * 130) / 25000 / 100) * 100 - 1)
}

/** One product variant; the USD price follows from the VND price. */
export function variant(value: string, sku: string, priceVnd: number, stock: number, weightG: number): DemoVariant {
  return { value, sku, price_vnd: priceVnd, price_usd_cents: usdCents(priceVnd), stock, weight_g: weightG }
}
