import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { demoCollections } from "../demo-data/collections"

/** The demo's product collections (Quà Tết, the stone plateau, Shan tuyết tea) with their products. Once per database. */
export async function seedCollections(container: MedusaContainer): Promise<number> {
  const products = container.resolve(Modules.PRODUCT)
  const [, existing] = await products.listAndCountProductCollections({ handle: demoCollections.map((c) => c.handle) }, { take: 1 })
  if (existing > 0) return 0
  const known = await products.listProducts({ handle: demoCollections.flatMap((c) => c.products) }, { select: ["id", "handle"] })
  const idOf = new Map(known.map((p) => [p.handle, p.id]))
  for (const { products: handles, title_en, description_vi, description_en, ...collection } of demoCollections) {
    const [created] = await products.createProductCollections([{ ...collection, metadata: { title_en, description_vi, description_en } }])
    const ids = handles.flatMap((h) => idOf.get(h) ?? [])
    if (ids.length) await products.updateProducts({ id: ids }, { collection_id: created!.id })
  }
  return demoCollections.length
}
