import { variantPrices } from "../../lib/prices"
import type { SellingContext } from "./steps/load-selling-context"
import { type CooperativeProductInput, VARIANT_OPTION } from "./types"

/** Medusa product fields for a cooperative's product description (variants priced in VND and USD). */
export function toMedusaProductFields(input: Partial<CooperativeProductInput>, context: SellingContext, metadata: Record<string, unknown> = {}) {
  const fields: Record<string, unknown> = {}
  if (input.title !== undefined) fields.title = input.title
  if (input.description !== undefined) fields.description = input.description
  if (input.category_ids !== undefined) fields.category_ids = input.category_ids
  if (input.weight !== undefined) fields.weight = input.weight
  if (input.status !== undefined) fields.status = input.status
  if (input.images !== undefined) {
    fields.images = input.images.map((image) => ({ url: image.url }))
    fields.thumbnail = input.images[0]?.url ?? null
  }
  const english = { title_en: input.title_en, description_en: input.description_en }
  if (Object.values(english).some((v) => v !== undefined)) {
    fields.metadata = { ...metadata, ...Object.fromEntries(Object.entries(english).filter(([, v]) => v !== undefined)), option_en: "Type" }
  }
  if (input.variants) {
    fields.variants = input.variants.map((v, rank) => ({
      ...(v.id ? { id: v.id } : {}),
      variant_rank: rank,
      title: v.title,
      sku: v.sku ? `${context.sku_prefix}/${v.sku}` : null,
      weight: v.weight ?? input.weight ?? null,
      manage_inventory: true,
      options: { [VARIANT_OPTION]: v.title },
      prices: variantPrices(v.price_vnd, context.vnd_per_usd),
    }))
  }
  return fields
}

/** The product option for a new product: one "Loại" whose values are the variant titles. */
export const variantOptions = (input: CooperativeProductInput) => [{ title: VARIANT_OPTION, values: input.variants.map((v) => v.title) }]

/** The SKU as the cooperative wrote it, without the store-wide prefix. */
export const cooperativeSku = (sku: string | null | undefined) => (sku ? sku.slice(sku.indexOf("/") + 1) : null)

/** Stock per variant title, for setting levels after Medusa has created or updated the variants. */
export const stockByTitle = (input: Partial<CooperativeProductInput>) => Object.fromEntries((input.variants ?? []).map((v) => [v.title, v.stock]))
