import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cooperativeSku } from "../../../workflows/cooperative-product/product-input"

/** Fields read for a cooperative's own product. */
export const PRODUCT_FIELDS = [
  "id", "handle", "status", "title", "description", "metadata", "weight", "thumbnail", "updated_at",
  "categories.id", "images.id", "images.url", "images.rank", "cooperative.id",
  "variants.id", "variants.variant_rank", "variants.created_at", "variants.title", "variants.sku", "variants.weight", "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
]

// Rows of query.graph across links are loosely typed; each field read here is checked or converted.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

const meta = (p: Row, key: string) => (typeof p.metadata?.[key] === "string" ? (p.metadata[key] as string) : null)

/** draft / published as Medusa has them, archived when the cooperative archived it. */
export const productState = (p: Row) => (meta(p, "archived_at") ? "archived" : (p.status as string))

const stockOf = (v: Row) =>
  (v.inventory_items ?? []).reduce(
    (sum: number, item: Row) => sum + (item?.inventory?.location_levels ?? []).reduce((s: number, l: Row) => s + Number(l?.stocked_quantity ?? 0), 0),
    0
  )
const vndOf = (v: Row) => Number((v.prices ?? []).find((p: Row) => p.currency_code === "vnd")?.amount ?? 0)

// Variants in the order the cooperative entered them.
const byRank = (a: Row, b: Row) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || String(a.created_at).localeCompare(String(b.created_at))

/** One product as its cooperative sees it in the editor. */
export function toProductDetail(p: Row) {
  return {
    id: p.id,
    handle: p.handle,
    status: productState(p),
    title: p.title,
    title_en: meta(p, "title_en"),
    description: p.description,
    description_en: meta(p, "description_en"),
    category_ids: (p.categories ?? []).map((c: Row) => c.id),
    weight: p.weight === null || p.weight === undefined ? null : Number(p.weight),
    images: [...(p.images ?? [])].sort((a: Row, b: Row) => (a.rank ?? 0) - (b.rank ?? 0)).map((i: Row) => ({ id: i.id, url: i.url })),
    variants: [...(p.variants ?? [])].sort(byRank).map((v: Row) => ({
      id: v.id,
      title: v.title,
      sku: cooperativeSku(v.sku),
      price_vnd: vndOf(v),
      stock: stockOf(v),
      weight: v.weight === null || v.weight === undefined ? null : Number(v.weight),
    })),
  }
}

/** One row of the cooperative's product list. */
export function toProductSummary(p: Row) {
  const variants = p.variants ?? []
  const prices = variants.map(vndOf).filter((n: number) => n > 0)
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    title_en: meta(p, "title_en"),
    status: productState(p),
    thumbnail: p.thumbnail,
    price_vnd_min: prices.length ? Math.min(...prices) : null,
    stock_total: variants.reduce((sum: number, v: Row) => sum + stockOf(v), 0),
    variant_count: variants.length,
    updated_at: p.updated_at,
  }
}

/** The product if it belongs to the cooperative; 404 otherwise, so other cooperatives' ids reveal nothing. */
export async function loadOwnedProduct(scope: MedusaContainer, cooperativeId: string, productId: string): Promise<Row> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productId } })
  const product = data[0] as Row | undefined
  if (!product || product.cooperative?.id !== cooperativeId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cooperative has no such product.")
  return product
}

/** All products of a cooperative with the editor's fields, newest change first (a cooperative lists hundreds, not more). */
export async function listCooperativeProductRows(scope: MedusaContainer, cooperativeId: string): Promise<Row[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: coops } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters: { id: cooperativeId } })
  const ids = ((coops[0]?.products ?? []) as ({ id: string } | null)[]).flatMap((p) => (p ? [p.id] : []))
  if (!ids.length) return []
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids }, pagination: { order: { updated_at: "DESC" } } })
  return data as Row[]
}
