import { productSet } from "../../modules/ocop/rules/product-sets"
import { bestBadge, isBadgeActive } from "../../modules/ocop/status-rules"
import type { SearchDocument } from "../../modules/search/types"
import { isVisibleProduct } from "../ocop-badges"
import type { CategorySourceRow, CooperativeSourceRow, ProductSourceRow, VariantSourceRow } from "./source-rows"
import { isRegularPrice } from "../pricing/regular-price"

const text = (value: unknown): string => (typeof value === "string" ? value : "")
const epoch = (value: string | Date | undefined): number => (value ? new Date(value).getTime() : 0)
const present = <T>(items: (T | null | undefined)[] | null | undefined): T[] => (items ?? []).filter((i): i is T => i != null)

/** Lowest plain price of the variants in a currency (no rules, no price list), or null. */
function lowestPrice(variants: VariantSourceRow[], currency: string): number | null {
  const amounts = variants.flatMap((v) => present(v.prices).filter((p) => isRegularPrice(p, currency)).map((p) => Number(p.amount)))
  return amounts.length ? Math.min(...amounts) : null
}

/** Whether a shopper can buy at least one unit of some variant now. */
function inStock(variants: VariantSourceRow[]): boolean {
  return variants.some((v) => {
    if (v.manage_inventory === false || v.allow_backorder) return true
    const levels = present(v.inventory_items).flatMap((i) => present(i.inventory?.location_levels))
    return levels.reduce((sum, l) => sum + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0) > 0
  })
}

/**
 * The search document of a product, or null when shoppers may not see it (draft, archived, cooperative not approved).
 * `unitsSold` comes from the search module's own sales counts (placed purchases, less cancelled orders).
 */
export function productDocument(product: ProductSourceRow, now: Date = new Date(), unitsSold = 0): SearchDocument | null {
  if (!isVisibleProduct({ status: product.status, metadata: product.metadata, cooperative: product.cooperative ?? null })) return null
  const variants = present(product.variants)
  const categories = present(product.categories)
  const coop = product.cooperative!
  const badge = bestBadge(present(product.ocop_certificates).filter((c) => isBadgeActive(c, now)))
  const set = badge ? productSet(badge.product_set) : undefined
  const certifications = [...new Set(variants.flatMap((v) => present(v.trade_item?.lots).flatMap((l) => present(l.certifications).map((c) => c.kind))))].sort()
  const meta = product.metadata ?? {}
  return {
    id: product.id,
    kind: "product",
    handle: product.handle,
    title_vi: product.title,
    title_en: text(meta.title_en) || product.title,
    subtitle_vi: text(product.subtitle),
    subtitle_en: text(meta.subtitle_en),
    description_vi: text(product.description),
    description_en: text(meta.description_en),
    keywords: [
      ...categories.flatMap((c) => [c.name, text(c.metadata?.name_en)]),
      text(coop.commune),
      text(coop.province),
    ].filter(Boolean),
    thumbnail: product.thumbnail ?? null,
    category: categories.map((c) => c.handle).sort(),
    product_set: set ? String(set.code) : null,
    ocop_stars: badge?.stars ?? null,
    province: coop.province ?? null,
    commune: coop.commune ?? null,
    cooperative: coop.handle,
    collection: product.collection?.handle ?? null,
    cooperative_name: coop.name,
    certifications,
    price_vnd: lowestPrice(variants, "vnd"),
    price_usd: lowestPrice(variants, "usd"),
    in_stock: inStock(variants),
    units_sold: Math.max(0, Math.round(unitsSold)),
    created_at: epoch(product.created_at),
  }
}

// What a cooperative or a category document does not have (no price, stock, stars or certifications of its own).
const NOT_A_PRODUCT = {
  subtitle_vi: "",
  subtitle_en: "",
  keywords: [] as string[],
  thumbnail: null,
  category: [] as string[],
  product_set: null,
  ocop_stars: null,
  province: null,
  commune: null,
  cooperative: null,
  collection: null,
  cooperative_name: null,
  certifications: [] as string[],
  price_vnd: null,
  price_usd: null,
  in_stock: false,
  units_sold: 0,
} satisfies Partial<SearchDocument>

/** The search document of a cooperative, or null unless it is approved. */
export function cooperativeDocument(coop: CooperativeSourceRow): SearchDocument | null {
  if (coop.status !== "approved") return null
  return {
    ...NOT_A_PRODUCT,
    id: coop.id,
    kind: "cooperative",
    handle: coop.handle,
    title_vi: coop.name,
    title_en: coop.name,
    subtitle_vi: text(coop.short_name),
    subtitle_en: text(coop.short_name),
    description_vi: text(coop.description_vi),
    description_en: text(coop.description_en),
    keywords: [text(coop.commune), text(coop.province)].filter(Boolean),
    thumbnail: coop.logo_url ?? null,
    province: coop.province ?? null,
    commune: coop.commune ?? null,
    cooperative: coop.handle,
    cooperative_name: coop.name,
    created_at: epoch(coop.created_at),
  }
}

/** The search document of a category, or null when it is inactive or has no product a shopper can see. */
export function categoryDocument(category: CategorySourceRow, visibleProducts: number): SearchDocument | null {
  if (category.is_active === false || visibleProducts < 1) return null
  const meta = category.metadata ?? {}
  return {
    ...NOT_A_PRODUCT,
    id: category.id,
    kind: "category",
    handle: category.handle,
    title_vi: category.name,
    title_en: text(meta.name_en) || category.name,
    description_vi: text(category.description),
    description_en: text(meta.description_en),
    category: [category.handle],
    in_stock: true,
    created_at: epoch(category.created_at),
  }
}
