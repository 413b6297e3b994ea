import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmCooperativeOrderWorkflow } from "../../../../../workflows/cooperative-order/confirm-cooperative-order"
import { activeCooperative } from "../../../active-cooperative"
import { retrieveCooperativeOrder } from "../../order-view"

/** POST /cooperative/orders/:id/confirm — the cooperative confirms a new order. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cooperativeId = activeCooperative(req).id
  await confirmCooperativeOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, cooperative_id: cooperativeId } })
  res.json({ order: await retrieveCooperativeOrder(req.scope, cooperativeId, req.params.id) })
}
