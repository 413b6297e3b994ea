import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completePurchaseWorkflow } from "../../../workflows/purchase/complete-purchase"
import { describePriceChanges } from "../../../workflows/purchase/price-changes"
import { refreshPurchasePricesWorkflow } from "../../../workflows/purchase/refresh-purchase-prices"
import { retrieveStorePurchase } from "../../../lib/purchases/purchase-view"
import type { StorePlacePurchaseType } from "./validators"

/**
 * POST /store/purchases — places a cart as one purchase with one order per cooperative; placing it again returns the
 * same purchase (200). When the catalogue's prices moved since the cart was priced, nothing is placed: 409 with the
 * changes, and the cart keeps the new prices for the shopper to review.
 */
export const POST = async (req: MedusaRequest<StorePlacePurchaseType>, res: MedusaResponse) => {
  const { cart_id } = req.validatedBody
  const { result: priced } = await refreshPurchasePricesWorkflow(req.scope).run({ input: { cart_id } })
  if (priced.changes.length) {
    res.status(409).json({ type: "price_changed", message: describePriceChanges(priced.changes, priced.currency_code), changes: priced.changes })
    return
  }
  const { result } = await completePurchaseWorkflow(req.scope).run({ input: { cart_id } })
  res.status(result.created ? 201 : 200).json({ purchase: await retrieveStorePurchase(req.scope, result.id) })
}
