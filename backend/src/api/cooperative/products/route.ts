import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { foldVietnamese } from "../../../lib/handle"
import { createCooperativeProductWorkflow } from "../../../workflows/cooperative-product/create-cooperative-product"
import { activeCooperative } from "../active-cooperative"
import { loadOwnedProduct, PRODUCT_FIELDS, productState, toProductDetail, toProductSummary } from "./serialize"
import type { CooperativeCreateProductType, CooperativeListProductsType } from "./validators"

/** The active cooperative's products, newest change first, filtered by state and a diacritic-insensitive search. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, CooperativeListProductsType>, res: MedusaResponse) {
  const { q, status, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: coops } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters: { id: activeCooperative(req).id } })
  const ids = ((coops[0]?.products ?? []) as ({ id: string } | null)[]).flatMap((p) => (p ? [p.id] : []))
  const { data } = ids.length
    ? await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids }, pagination: { order: { updated_at: "DESC" } } })
    : { data: [] }
  const needle = q ? foldVietnamese(q) : null
  const matching = data.filter((p) => (!status || productState(p) === status) && (!needle || foldVietnamese(`${p.title} ${p.metadata?.title_en ?? ""}`).includes(needle)))
  res.json({ products: matching.slice(offset, offset + limit).map(toProductSummary), count: matching.length, limit, offset })
}

/** Lists a new product for the active cooperative. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeCreateProductType>, res: MedusaResponse) {
  const cooperativeId = activeCooperative(req).id
  const { result } = await createCooperativeProductWorkflow(req.scope).run({ input: { cooperative_id: cooperativeId, product: req.validatedBody } })
  res.status(201).json({ product: toProductDetail(await loadOwnedProduct(req.scope, cooperativeId, result.id)) })
}
