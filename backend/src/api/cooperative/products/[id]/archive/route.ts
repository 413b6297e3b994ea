import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCooperativeProductWorkflow } from "../../../../../workflows/cooperative-product/update-cooperative-product"
import { activeCooperative } from "../../../active-cooperative"
import { loadOwnedProduct, toProductDetail } from "../../serialize"

/** Hides a product from shoppers and from the default list; its orders and history stay. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cooperativeId = activeCooperative(req).id
  const current = await loadOwnedProduct(req.scope, cooperativeId, req.params.id)
  await updateCooperativeProductWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId, product_id: current.id, product: { status: "draft", archived: true } },
  })
  res.json({ product: toProductDetail(await loadOwnedProduct(req.scope, cooperativeId, current.id)) })
}
