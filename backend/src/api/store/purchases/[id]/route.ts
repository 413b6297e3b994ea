import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveStorePurchase } from "../../../../lib/purchases/purchase-view"

/**
 * GET /store/purchases/:id — a purchase with its orders per cooperative, their lines, totals, states and shipments.
 * A customer's purchase is 404 to anyone but that signed-in customer.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const viewer = { customer_id: req.auth_context?.actor_id || null }
  res.json({ purchase: await retrieveStorePurchase(req.scope, req.params.id, viewer) })
}
