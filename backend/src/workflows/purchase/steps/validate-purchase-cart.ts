import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductCooperative, PurchaseCart } from "../purchase-cart"
import { splitCartByCooperative } from "../split-cart"

/** Id of the step that checks a cart can be placed and splits it by cooperative. */
export const validatePurchaseCartStepId = "validate-purchase-cart"

export type ValidatePurchaseCartInput = {
  cart: PurchaseCart
  products: ProductCooperative[]
  shipping_options: { id: string; shipping_profile_id: string }[]
}

/** Checks every cooperative in the cart is selling, has a shipping method and enough stock; returns each cooperative's share. */
export const validatePurchaseCartStep = createStep(validatePurchaseCartStepId, async (input: ValidatePurchaseCartInput) => {
  return new StepResponse(splitCartByCooperative(input.cart, input.products, input.shipping_options))
})
