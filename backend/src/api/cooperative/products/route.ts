import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { foldVietnamese } from "../../../lib/handle"
import { createCooperativeProductWorkflow } from "../../../workflows/cooperative-product/create-cooperative-product"
import { activeCooperative } from "../active-cooperative"
import { listCooperativeProductRows, loadOwnedProduct, productState, toProductDetail, toProductSummary } from "./serialize"
import type { CooperativeCreateProductType, CooperativeListProductsType } from "./validators"

/** The active cooperative's products, newest change first, filtered by state and a diacritic-insensitive search. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, CooperativeListProductsType>, res: MedusaResponse) {
  const { q, status, limit, offset } = req.validatedQuery
  const data = await listCooperativeProductRows(req.scope, activeCooperative(req).id)
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
