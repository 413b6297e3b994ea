import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCooperativeProductWorkflow } from "../../../../workflows/cooperative-product/update-cooperative-product"
import { activeCooperative } from "../../active-cooperative"
import { loadOwnedProduct, toProductDetail } from "../serialize"
import type { CooperativeUpdateProductType } from "../validators"

/** One of the active cooperative's products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: toProductDetail(await loadOwnedProduct(req.scope, activeCooperative(req).id, req.params.id)) })
}

/** Edits one of the active cooperative's products. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeUpdateProductType>, res: MedusaResponse) {
  const cooperativeId = activeCooperative(req).id
  const current = await loadOwnedProduct(req.scope, cooperativeId, req.params.id)
  const known = new Set((current.variants ?? []).map((v: { id: string }) => v.id))
  const foreign = (req.validatedBody.variants ?? []).find((v) => v.id && !known.has(v.id))
  if (foreign) {
    res.status(400).json({ type: "invalid_data", message: `Variant ${foreign.id} is not a variant of this product.` })
    return
  }
  await updateCooperativeProductWorkflow(req.scope).run({ input: { cooperative_id: cooperativeId, product_id: current.id, product: req.validatedBody } })
  res.json({ product: toProductDetail(await loadOwnedProduct(req.scope, cooperativeId, current.id)) })
}
