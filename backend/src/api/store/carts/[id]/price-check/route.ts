import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { priceChangedAnswer } from "../../../../../workflows/purchase/price-changes"
import { refreshPurchasePricesWorkflow } from "../../../../../workflows/purchase/refresh-purchase-prices"

/**
 * POST /store/carts/:id/price-check — re-prices the cart against the catalogue as it is now, as placing it would:
 * 200 `{ changes: [] }` when nothing moved, 409 with the changes (and the new prices kept on the cart) when something
 * did. The storefront asks before a card is confirmed, so the card is charged the total the purchase will have.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result: priced } = await refreshPurchasePricesWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  if (priced.changes.length) {
    res.status(409).json(priceChangedAnswer(priced.changes, priced.currency_code))
    return
  }
  res.json({ changes: [] })
}
