import { acquireLockStep, refreshCartItemsWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type PricedLine, type PriceChange, priceChanges, repricesBeforePlacing } from "./price-changes"

export const refreshPurchasePricesWorkflowId = "refresh-purchase-prices"

export type RefreshPurchasePricesResult = { changes: PriceChange[]; currency_code: string }

const LINE_FIELDS = ["id", "completed_at", "currency_code", "items.id", "items.title", "items.product_title", "items.variant_title", "items.unit_price", "payment_collection.payment_sessions.provider_id"]

type CartLines = {
  id: string
  completed_at: string | Date | null
  currency_code: string
  items?: PricedLine[] | null
  payment_collection?: { payment_sessions?: ({ provider_id: string } | null)[] | null } | null
}

export type RefreshPurchasePricesInput = {
  cart_id: string
  /**
   * Placing the cart: a card the shopper has already confirmed (checked just before, with `placing` unset) keeps the
   * prices it was charged at, since Stripe has taken that amount.
   */
  placing?: boolean
}

/**
 * Re-prices an open cart against the catalogue as it is now (price changes, a fair starting or ending, promotions) just
 * before it is placed, and says which lines moved. The new prices are kept, so the shopper reviews and pays what the
 * cart now says; nothing the browser sent is used. A placed cart is left alone. The storefront runs it on its own
 * (`POST /store/carts/:id/price-check`) before a card is confirmed, so a shopper is never charged a total that then
 * cannot be placed.
 */
export const refreshPurchasePricesWorkflow = createWorkflow(refreshPurchasePricesWorkflowId, (input: RefreshPurchasePricesInput) => {
  // The same key as placing the cart; Medusa's own refresh skips its lock when it runs inside this workflow.
  acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 60 })
  const { data: before } = useQueryGraphStep({
    entity: "cart",
    fields: LINE_FIELDS,
    filters: { id: input.cart_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-cart-lines-before" })

  when("cart-to-reprice", { before, input }, ({ before, input }) => repricesBeforePlacing(before as unknown as CartLines, { placing: !!input.placing })).then(() => {
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, force_refresh: true } })
  })

  const { data: after } = useQueryGraphStep({
    entity: "cart",
    fields: LINE_FIELDS,
    filters: { id: input.cart_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-cart-lines-after" })
  releaseLockStep({ key: input.cart_id })

  const result = transform({ before, after }, ({ before, after }): RefreshPurchasePricesResult => {
    const [was, is] = [before as unknown as CartLines, after as unknown as CartLines]
    return { changes: priceChanges(was.items ?? [], is.items ?? []), currency_code: is.currency_code }
  })
  return new WorkflowResponse(result)
})
