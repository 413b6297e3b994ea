import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCooperativeProductWorkflow } from "../../../workflows/cooperative-product/update-cooperative-product"
import { activeCooperative } from "../active-cooperative"
import { loadOwnedProduct, toProductDetail } from "./serialize"

/** Archives a product (hidden, history kept) or restores it to sale, and answers with the product as it now is. */
export async function setArchived(req: AuthenticatedMedusaRequest, res: MedusaResponse, archived: boolean) {
  const cooperativeId = activeCooperative(req).id
  const current = await loadOwnedProduct(req.scope, cooperativeId, req.params.id)
  await updateCooperativeProductWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId, product_id: current.id, product: { status: archived ? "draft" : "published", archived } },
  })
  res.json({ product: toProductDetail(await loadOwnedProduct(req.scope, cooperativeId, current.id)) })
}
