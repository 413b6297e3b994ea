import { acquireLockStep, refreshCartItemsWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type PricedLine, type PriceChange, priceChanges } from "./price-changes"

export const refreshPurchasePricesWorkflowId = "refresh-purchase-prices"

export type RefreshPurchasePricesResult = { changes: PriceChange[]; currency_code: string }

const LINE_FIELDS = ["id", "completed_at", "currency_code", "items.id", "items.title", "items.product_title", "items.variant_title", "items.unit_price"]

type CartLines = { id: string; completed_at: string | Date | null; currency_code: string; items?: PricedLine[] | null }

/**
 * Re-prices an open cart against the catalogue as it is now (price changes, a fair starting or ending, promotions) just
 * before it is placed, and says which lines moved. The new prices are kept, so the shopper reviews and pays what the
 * cart now says; nothing the browser sent is used. A placed cart is left alone.
 */
export const refreshPurchasePricesWorkflow = createWorkflow(refreshPurchasePricesWorkflowId, (input: { cart_id: string }) => {
  // The same key as placing the cart; Medusa's own refresh skips its lock when it runs inside this workflow.
  acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 60 })
  const { data: before } = useQueryGraphStep({
    entity: "cart",
    fields: LINE_FIELDS,
    filters: { id: input.cart_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-cart-lines-before" })

  when("cart-still-open", { before }, ({ before }) => {
    const cart = before as unknown as CartLines
    return !cart.completed_at && !!cart.items?.length
  }).then(() => {
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
