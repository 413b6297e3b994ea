import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../../i18n/routing"
import type { ImageView, ProductCardView, ProductView, StockState, VariantView } from "../../../types/views"
import { formatMoney } from "../../util/money"
import { mapCooperativeRef, mapSellerIdentity } from "./cooperative"
import { localizedField } from "./localize"

/** Below this many units a variant shows "only N left". */
export const LOW_STOCK_THRESHOLD = 10

export type MappingContext = { locale: AppLocale; currencyCode: string }

type Variant = HttpTypes.StoreProductVariant

/** Stock state a shopper sees; untracked or backorderable variants are always in stock. */
export function getStockState(variant: Pick<Variant, "inventory_quantity" | "manage_inventory" | "allow_backorder">): StockState {
  const quantity = variant.inventory_quantity
  if (variant.manage_inventory === false || variant.allow_backorder || quantity == null) return { kind: "in" }
  if (quantity <= 0) return { kind: "out" }
  if (quantity < LOW_STOCK_THRESHOLD) return { kind: "low", quantity }
  return { kind: "in" }
}

function variantAmount(variant: Variant): number | null {
  return variant.calculated_price?.calculated_amount ?? null
}

function variantCurrency(variant: Variant, ctx: MappingContext): string {
  return variant.calculated_price?.currency_code || ctx.currencyCode
}

function sortedVariants(product: HttpTypes.StoreProduct): Variant[] {
  // Medusa keeps the merchant's order in variant_rank; the API does not promise to sort by it.
  return [...(product.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
}

function toVariantView(variant: Variant, ctx: MappingContext): VariantView {
  const amount = variantAmount(variant)
  const stock = getStockState(variant)
  const tracked = variant.manage_inventory !== false && !variant.allow_backorder && variant.inventory_quantity != null
  const label = (variant.options ?? []).map((o) => o.value).filter(Boolean).join(" / ") || variant.title || variant.id
  return {
    id: variant.id,
    label,
    priceLabel: amount == null ? null : formatMoney(amount, variantCurrency(variant, ctx), ctx.locale),
    stock,
    maxQuantity: tracked ? Math.max(0, variant.inventory_quantity ?? 0) : null,
  }
}

function productTitle(product: HttpTypes.StoreProduct, ctx: MappingContext): string {
  return localizedField(ctx.locale, product.title, product.metadata, "title_en") ?? product.title
}

function productImages(product: HttpTypes.StoreProduct, title: string): ImageView[] {
  const images = [...(product.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  const urls = images.map((image) => image.url).filter(Boolean)
  if (urls.length === 0 && product.thumbnail) urls.push(product.thumbnail)
  return urls.map((url) => ({ url, alt: title }))
}

/** Maps a store product to the card shown in listings: cheapest price, any stock, cooperative. */
export function toProductCardView(product: HttpTypes.StoreProduct, ctx: MappingContext): ProductCardView {
  const variants = sortedVariants(product)
  const amounts = new Set<number>()
  let cheapest: { amount: number; currency: string } | undefined
  for (const variant of variants) {
    const amount = variantAmount(variant)
    if (amount == null) continue
    amounts.add(amount)
    if (!cheapest || amount < cheapest.amount) cheapest = { amount, currency: variantCurrency(variant, ctx) }
  }
  const title = productTitle(product, ctx)
  return {
    id: product.id,
    handle: product.handle,
    title,
    thumbnail: product.thumbnail ?? productImages(product, title)[0]?.url ?? null,
    priceLabel: cheapest ? formatMoney(cheapest.amount, cheapest.currency, ctx.locale) : null,
    priceVaries: amounts.size > 1,
    inStock: variants.some((v) => getStockState(v).kind !== "out"),
    cooperative: mapCooperativeRef(product),
  }
}

/** Maps a store product to the product page view, with English from metadata when the shop speaks English. */
export function toProductView(product: HttpTypes.StoreProduct, ctx: MappingContext): ProductView {
  const title = productTitle(product, ctx)
  const options = product.options ?? []
  const optionTitle =
    options.length === 1
      ? localizedField(ctx.locale, options[0]?.title, product.metadata, "option_en")
      : options.map((o) => o.title).join(" / ") || null
  return {
    id: product.id,
    handle: product.handle,
    title,
    subtitle: localizedField(ctx.locale, product.subtitle, product.metadata, "subtitle_en"),
    description: localizedField(ctx.locale, product.description, product.metadata, "description_en"),
    images: productImages(product, title),
    optionTitle,
    variants: sortedVariants(product).map((v) => toVariantView(v, ctx)),
    cooperative: mapCooperativeRef(product),
    seller: mapSellerIdentity(product),
  }
}
