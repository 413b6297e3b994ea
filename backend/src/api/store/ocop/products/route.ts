import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type BadgedProduct, badgedProducts } from "../../../../lib/ocop-badges"
import type { StoreListOcopProductsType } from "../validators"

const rank = (p: BadgedProduct) => p.stars * 2 + (p.potential_five_star ? 1 : 0)
const newest = (a: BadgedProduct, b: BadgedProduct) => b.created_at.localeCompare(a.created_at) || a.product_id.localeCompare(b.product_id)

const ORDER: Record<StoreListOcopProductsType["sort"], (a: BadgedProduct, b: BadgedProduct) => number> = {
  stars_desc: (a, b) => rank(b) - rank(a) || newest(a, b),
  stars_asc: (a, b) => rank(a) - rank(b) || newest(a, b),
  newest,
}

/**
 * GET /store/ocop/products — ids of visible products with an active OCOP badge, filtered by stars and category, in the
 * order asked for (ties: newest product first); the storefront then loads them through /store/products.
 */
export const GET = async (req: MedusaRequest<unknown, StoreListOcopProductsType>, res: MedusaResponse) => {
  const { min_stars, category_id, sort, limit, offset } = req.validatedQuery as StoreListOcopProductsType
  const all = await badgedProducts(req.scope, { minStars: min_stars })
  const matching = (category_id ? all.filter((p) => p.category_ids.includes(category_id)) : all).sort(ORDER[sort])
  const products = matching.slice(offset, offset + limit).map((p) => ({ id: p.product_id, stars: p.stars, potential_five_star: p.potential_five_star }))
  res.json({ products, count: matching.length })
}
