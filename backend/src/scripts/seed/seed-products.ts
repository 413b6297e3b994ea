import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type { DemoProduct } from "../demo-data/types"
import { cooperativeLogistics } from "./seed-logistics"
import type { StoreSetup } from "./seed-store"

export type ProductSeed = {
  product: DemoProduct
  cooperativeId: string
  categoryId: string
  imageUrls: string[]
}

/**
 * Creates products with VND and USD prices, on their cooperative's shipping profile, stocked at their cooperative's
 * location, and linked to their cooperative. A cooperative without logistics gets them first.
 */
export async function createCatalogProducts(container: MedusaContainer, setup: StoreSetup, seeds: ProductSeed[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logistics = await cooperativeLogistics(container, seeds.map((s) => s.cooperativeId))
  const logisticsOf = (cooperativeId: string) => {
    const found = logistics.get(cooperativeId)
    if (!found) throw new Error(`Cooperative ${cooperativeId} has no stock location or shipping profile`)
    return found
  }

  const { result: created } = await createProductsWorkflow(container).run({
    input: { products: seeds.map((s) => toProductInput(s, setup, logisticsOf(s.cooperativeId).shippingProfileId)) },
  })

  const seedBySku = new Map(seeds.flatMap((s) => s.product.variants.map((v) => [v.sku, { stock: v.stock, cooperativeId: s.cooperativeId }] as const)))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: created.map((p) => p.id) },
  })
  const levels = variants.flatMap((v) => {
    const seed = seedBySku.get(v.sku ?? "")
    if (!seed) throw new Error(`Variant ${v.sku} was not in the seed`)
    return ((v.inventory_items ?? []) as { inventory_item_id: string }[]).map((item) => ({
      location_id: logisticsOf(seed.cooperativeId).stockLocationId,
      inventory_item_id: item.inventory_item_id,
      stocked_quantity: seed.stock,
    }))
  })
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  const coopByHandle = new Map(seeds.map((s) => [s.product.handle, s.cooperativeId]))
  await link.create(
    created.map((p) => ({
      [Modules.PRODUCT]: { product_id: p.id },
      [COOPERATIVE_MODULE]: { cooperative_id: coopByHandle.get(p.handle)! },
    }))
  )
  return created
}

function toProductInput({ product, categoryId, imageUrls }: ProductSeed, setup: StoreSetup, shippingProfileId: string) {
  return {
    title: product.title_vi,
    subtitle: product.subtitle_vi,
    description: product.description_vi,
    handle: product.handle,
    status: ProductStatus.PUBLISHED,
    category_ids: [categoryId],
    shipping_profile_id: shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
    thumbnail: imageUrls[0],
    images: imageUrls.map((url) => ({ url })),
    weight: product.variants[0]?.weight_g,
    metadata: {
      title_en: product.title_en,
      subtitle_en: product.subtitle_en,
      description_en: product.description_en,
      option_en: product.option_en,
    },
    options: [{ title: product.option_vi, values: product.variants.map((v) => v.value) }],
    variants: product.variants.map((v) => ({
      title: v.value,
      sku: v.sku,
      weight: v.weight_g,
      manage_inventory: true,
      options: { [product.option_vi]: v.value },
      prices: [
        { currency_code: "vnd", amount: v.price_vnd },
        // Medusa stores amounts in the currency's main unit; cents are converted once, here.
        { currency_code: "usd", amount: Number(`${Math.trunc(v.price_usd_cents / 100)}.${String(v.price_usd_cents % 100).padStart(2, "0")}`) },
      ],
    })),
  }
}
