import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activeCooperative } from "../../active-cooperative"
import { retrieveCooperativeOrder } from "../order-view"

/** GET /cooperative/orders/:id — one of the active cooperative's orders with its customer, lines, shipping and shipments. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveCooperativeOrder(req.scope, activeCooperative(req).id, req.params.id) })
}
