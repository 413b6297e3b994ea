import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveStorePurchase } from "../../../../lib/purchases/purchase-view"

/** GET /store/purchases/:id — a purchase with its orders per cooperative, their lines, totals, states and shipments. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ purchase: await retrieveStorePurchase(req.scope, req.params.id) })
}
