import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerPurchases } from "../../../../../lib/purchases/purchase-view"
import type { StoreListCustomerPurchasesType } from "../../validators"

/** GET /store/customers/me/purchases — the signed-in customer's purchases, newest first, each with its orders per cooperative. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListCustomerPurchasesType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const { purchases, count } = await listCustomerPurchases(req.scope, req.auth_context.actor_id, { limit, offset })
  res.json({ purchases, count, limit, offset })
}
