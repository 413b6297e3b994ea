import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isRetiredCart } from "../../../lib/carts/cart-merge"
import type { ProductCooperative, PurchaseCart } from "../purchase-cart"
import { orderPayments, paymentMethodOf } from "../payment-method"
import { splitCartByCooperative } from "../split-cart"

/** Id of the step that checks a cart can be placed and splits it by cooperative. */
export const validatePurchaseCartStepId = "validate-purchase-cart"

export type ValidatePurchaseCartInput = {
  cart: PurchaseCart
  products: ProductCooperative[]
  shipping_options: { id: string; shipping_profile_id: string }[]
  payment_provider_id?: string
}

/**
 * Checks the cart was not merged into another at sign-in (its lines live on there), every cooperative in the cart is selling, has a shipping method and enough stock, and can be paid the chosen
 * way; returns each cooperative's share with how it is paid.
 */
export const validatePurchaseCartStep = createStep(validatePurchaseCartStepId, async (input: ValidatePurchaseCartInput) => {
  if (isRetiredCart(input.cart)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart was merged into the shopper's cart at sign-in: place that cart instead.")
  }
  const shares = splitCartByCooperative(input.cart, input.products, input.shipping_options)
  const payments = orderPayments(paymentMethodOf(input.payment_provider_id), shares, input.cart.currency_code)
  return new StepResponse(shares.map((share, i) => ({ ...share, payment: payments[i]! })))
})
