import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type OcopProductSet, productSet } from "../modules/ocop/rules/product-sets"
import { vietnamDay } from "../modules/ocop/rules/vietnam-day"
import { bestBadge, isBadgeActive } from "../modules/ocop/status-rules"

/** The OCOP badge a shopper sees on a product: the best of its active certificates. */
export type OcopBadge = {
  product_id: string
  stars: number
  potential_five_star: boolean
  product_set: OcopProductSet | null
  expires_on: string
}

type CertificateRow = { id: string; status: string; stars: number; potential_five_star: boolean; product_set: number; expires_on: string }

type ProductRow = {
  id: string
  status: string
  created_at: string | Date
  metadata?: Record<string, unknown> | null
  cooperative?: { status: string } | null
  categories?: ({ id: string } | null)[] | null
  ocop_certificates?: (CertificateRow | null)[] | null
}

const CERTIFICATE_FIELDS = ["id", "status", "stars", "potential_five_star", "product_set", "expires_on"]

/** Whether shoppers may see a product: published, not archived, and its cooperative approved (read through the product ↔ cooperative link). */
export function isVisibleProduct(product: Pick<ProductRow, "status" | "metadata" | "cooperative">): boolean {
  return product.status === "published" && !product.metadata?.archived_at && product.cooperative?.status === "approved"
}

const badgeOf = (productId: string, certificates: (CertificateRow | null)[] | null | undefined, now: Date): OcopBadge | undefined => {
  const best = bestBadge((certificates ?? []).flatMap((c) => (c && isBadgeActive(c, now) ? [c] : [])))
  if (!best) return undefined
  return { product_id: productId, stars: best.stars, potential_five_star: best.stars === 4 && best.potential_five_star, product_set: productSet(best.product_set) ?? null, expires_on: best.expires_on }
}

/**
 * The active badges of these products, in the order of the ids; products without one are left out, and so are products
 * shoppers cannot see unless `visibleOnly` is false (a cooperative's own label of a product not yet on sale).
 */
export async function activeBadges(
  scope: MedusaContainer,
  productIds: string[],
  { now = new Date(), visibleOnly = true }: { now?: Date; visibleOnly?: boolean } = {}
): Promise<OcopBadge[]> {
  if (!productIds.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "status", "metadata", "cooperative.status", ...CERTIFICATE_FIELDS.map((f) => `ocop_certificates.${f}`)],
    filters: { id: productIds },
  })
  const byId = new Map((data as ProductRow[]).map((p) => [p.id, p]))
  return [...new Set(productIds)].flatMap((id) => {
    const product = byId.get(id)
    const badge = product && (!visibleOnly || isVisibleProduct(product)) ? badgeOf(id, product.ocop_certificates, now) : undefined
    return badge ? [badge] : []
  })
}

/** A visible product with an active badge, with what the store sorts and filters it by. */
export type BadgedProduct = OcopBadge & { created_at: string; category_ids: string[] }

/** Every visible product with an active badge of at least `minStars` stars. */
export async function badgedProducts(scope: MedusaContainer, { minStars = 3, now = new Date() }: { minStars?: number; now?: Date } = {}): Promise<BadgedProduct[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // Certificates first: far fewer than products, and their own columns narrow them to the active ones.
  const { data: certificates } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "products.id"],
    filters: { status: "verified", expires_on: { $gt: vietnamDay(now) }, stars: { $gte: minStars } },
  })
  const ids = [...new Set((certificates as { products?: ({ id: string } | null)[] | null }[]).flatMap((c) => (c.products ?? []).flatMap((p) => (p ? [p.id] : []))))]
  if (!ids.length) return []
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "created_at", "metadata", "cooperative.status", "categories.id", ...CERTIFICATE_FIELDS.map((f) => `ocop_certificates.${f}`)],
    filters: { id: ids, status: "published" },
  })
  return (products as ProductRow[]).flatMap((product) => {
    if (!isVisibleProduct(product)) return []
    const badge = badgeOf(product.id, product.ocop_certificates, now)
    if (!badge || badge.stars < minStars) return []
    const category_ids = (product.categories ?? []).flatMap((c) => (c ? [c.id] : []))
    return [{ ...badge, created_at: new Date(product.created_at).toISOString(), category_ids }]
  })
}
