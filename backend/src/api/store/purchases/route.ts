import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completePurchaseWorkflow } from "../../../workflows/purchase/complete-purchase"
import { retrieveStorePurchase } from "../../../lib/purchases/purchase-view"
import type { StorePlacePurchaseType } from "./validators"

/** POST /store/purchases — places a cart as one purchase with one order per cooperative; placing it again returns the same purchase (200). */
export const POST = async (req: MedusaRequest<StorePlacePurchaseType>, res: MedusaResponse) => {
  const { result } = await completePurchaseWorkflow(req.scope).run({ input: { cart_id: req.validatedBody.cart_id } })
  res.status(result.created ? 201 : 200).json({ purchase: await retrieveStorePurchase(req.scope, result.id) })
}
