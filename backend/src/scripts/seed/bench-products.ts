import { demoCooperatives } from "../demo-data/cooperatives"
import type { DemoProduct } from "../demo-data/types"

const templates = demoCooperatives.flatMap((coop) => coop.products.map((product) => ({ product, cooperativeHandle: coop.handle })))

/** Deterministic variations of the demo products, numbered from `offset`: unique handles and SKUs, varied prices and stock. */
export function benchProducts(offset: number, count: number): { product: DemoProduct; cooperativeHandle: string }[] {
  return Array.from({ length: count }, (_, k) => {
    const n = offset + k
    const { product, cooperativeHandle } = templates[n % templates.length]
    const batch = Math.floor(n / templates.length) + 1
    // Prices move by up to ±20% in 1,000 đồng steps so sorting by price means something.
    const factor = 0.8 + ((n * 7919) % 41) / 100
    return {
      cooperativeHandle,
      product: {
        ...product,
        handle: `${product.handle}-${n}`,
        title_vi: `${product.title_vi} (lô ${batch})`,
        title_en: `${product.title_en} (batch ${batch})`,
        variants: product.variants.map((v) => ({
          ...v,
          sku: `${v.sku}-${n}`,
          price_vnd: Math.max(1000, Math.round((v.price_vnd * factor) / 1000) * 1000),
          price_usd_cents: Math.max(99, Math.round(v.price_usd_cents * factor)),
          stock: (v.stock + n) % 300,
        })),
      },
    }
  })
}
