import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelCooperativeOrderWorkflow } from "../../../../../workflows/cooperative-order/cancel-cooperative-order"
import { activeCooperative } from "../../../active-cooperative"
import { retrieveCooperativeOrder } from "../../order-view"
import type { CooperativeCancelOrderType } from "../../validators"

/** POST /cooperative/orders/:id/cancel — the cooperative cancels an unshipped order, giving a reason; its stock is released. */
export const POST = async (req: AuthenticatedMedusaRequest<CooperativeCancelOrderType>, res: MedusaResponse) => {
  const active = activeCooperative(req)
  await cancelCooperativeOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, cooperative_id: active.id, canceled_by: active.seller_id, reason: req.validatedBody.reason },
  })
  res.json({ order: await retrieveCooperativeOrder(req.scope, active.id, req.params.id) })
}
