import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completePurchaseWorkflow } from "../../../workflows/purchase/complete-purchase"
import { priceChangedAnswer } from "../../../workflows/purchase/price-changes"
import { refreshPurchasePricesWorkflow } from "../../../workflows/purchase/refresh-purchase-prices"
import { retrieveStorePurchase } from "../../../lib/purchases/purchase-view"
import type { StorePlacePurchaseType } from "./validators"

/**
 * POST /store/purchases — places a cart as one purchase with one order per cooperative; placing it again returns the
 * same purchase (200). When the catalogue's prices moved since the cart was priced, nothing is placed: 409 with the
 * changes, and the cart keeps the new prices for the shopper to review. A card already confirmed keeps the prices it
 * was charged at (they were checked just before, with POST /store/carts/:id/price-check).
 */
export const POST = async (req: MedusaRequest<StorePlacePurchaseType>, res: MedusaResponse) => {
  const { cart_id } = req.validatedBody
  const { result: priced } = await refreshPurchasePricesWorkflow(req.scope).run({ input: { cart_id, placing: true } })
  if (priced.changes.length) {
    res.status(409).json(priceChangedAnswer(priced.changes, priced.currency_code))
    return
  }
  const { result } = await completePurchaseWorkflow(req.scope).run({ input: { cart_id } })
  res.status(result.created ? 201 : 200).json({ purchase: await retrieveStorePurchase(req.scope, result.id) })
}
