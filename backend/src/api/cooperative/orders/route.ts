import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activeCooperative } from "../active-cooperative"
import { listCooperativeOrders } from "./order-view"
import type { CooperativeListOrdersType } from "./validators"

/** GET /cooperative/orders — the active cooperative's orders, newest first, filtered by status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CooperativeListOrdersType>, res: MedusaResponse) => {
  res.json(await listCooperativeOrders(req.scope, activeCooperative(req).id, req.validatedQuery))
}
