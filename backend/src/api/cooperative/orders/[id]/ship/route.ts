import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipCooperativeOrderWorkflow } from "../../../../../workflows/cooperative-order/ship-cooperative-order"
import { activeCooperative } from "../../../active-cooperative"
import { retrieveCooperativeOrder } from "../../order-view"
import type { CooperativeShipOrderType } from "../../validators"

/** POST /cooperative/orders/:id/ship — every line leaves with one carrier and tracking code. */
export const POST = async (req: AuthenticatedMedusaRequest<CooperativeShipOrderType>, res: MedusaResponse) => {
  const active = activeCooperative(req)
  await shipCooperativeOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, cooperative_id: active.id, shipped_by: active.seller_id, ...req.validatedBody },
  })
  res.json({ order: await retrieveCooperativeOrder(req.scope, active.id, req.params.id) })
}
