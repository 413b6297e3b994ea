import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../i18n/routing"
import type { ProductCardView, ProductView } from "../../types/views"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { type MappingContext, toProductCardView, toProductView } from "./mappers/product"
import { attachOcopBadges } from "./ocop-badges"
import { getCurrentRegion } from "./regions"
import { getSdk } from "./sdk"

/** Everything a card or product page shows; the cooperative comes through the product ↔ cooperative link. */
export const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+metadata",
  "*images",
  "*options",
  "*variants.options",
  "+cooperative.id",
  "+cooperative.name",
  "+cooperative.handle",
  "+cooperative.commune",
  "+cooperative.province",
  // The seller's legal identity, shown on the product page.
  "+cooperative.street",
  "+cooperative.phone",
  "+cooperative.registration_number",
].join(",")

const FEATURED_COUNT = 8
// Most cooperatives list a handful of products; the full directory pages them later.
const MAX_PRODUCTS_BY_ID = 100

async function fetchProducts(
  locale: AppLocale,
  query: Record<string, unknown>
): Promise<{ products: HttpTypes.StoreProduct[]; count: number; ctx: MappingContext }> {
  const region = await getCurrentRegion()
  const { products, count } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { fields: PRODUCT_FIELDS, region_id: region.id, ...query },
    next: catalogueCache(CACHE_TAGS.products),
  })
  return { products, count, ctx: { locale, currencyCode: region.currencyCode } }
}

/** Cards for products, each with its active OCOP badge. */
async function toCards(products: HttpTypes.StoreProduct[], ctx: MappingContext): Promise<ProductCardView[]> {
  return attachOcopBadges(products.map((p) => toProductCardView(p, ctx)), ctx.locale)
}

/** Newest products for the home page — `GET /store/products?order=-created_at&limit=8`. */
export async function listFeaturedProducts(locale: AppLocale): Promise<ProductCardView[]> {
  const { products, ctx } = await fetchProducts(locale, { order: "-created_at", limit: FEATURED_COUNT })
  return toCards(products, ctx)
}

/** Products by id, e.g. a cooperative's — `GET /store/products?id[]=…`. */
export async function listProductsByIds(ids: string[], locale: AppLocale): Promise<ProductCardView[]> {
  if (ids.length === 0) return []
  const wanted = ids.slice(0, MAX_PRODUCTS_BY_ID)
  const { products, ctx } = await fetchProducts(locale, { id: wanted, limit: wanted.length, order: "title" })
  return toCards(products, ctx)
}

/** A product page by URL handle, or null — `GET /store/products?handle=…`. */
export async function getProductByHandle(handle: string, locale: AppLocale): Promise<ProductView | null> {
  const { products, ctx } = await fetchProducts(locale, { handle, limit: 1 })
  const [product] = products
  if (!product) return null
  const [view] = await attachOcopBadges([toProductView(product, ctx)], locale)
  return view ?? null
}
