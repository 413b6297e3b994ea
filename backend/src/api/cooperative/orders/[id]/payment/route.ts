import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCooperativePaymentWorkflow } from "../../../../../workflows/cooperative-order/record-cooperative-payment"
import { activeCooperative } from "../../../active-cooperative"
import { retrieveCooperativeOrder } from "../../order-view"

/** POST /cooperative/orders/:id/payment — the cooperative has the order's money (cash collected, or the VietQR transfer arrived). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cooperativeId = activeCooperative(req).id
  await recordCooperativePaymentWorkflow(req.scope).run({ input: { order_id: req.params.id, cooperative_id: cooperativeId } })
  res.json({ order: await retrieveCooperativeOrder(req.scope, cooperativeId, req.params.id) })
}
