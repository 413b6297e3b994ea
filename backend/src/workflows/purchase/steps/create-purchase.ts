import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASE_MODULE } from "../../../modules/purchase"
import type PurchaseModuleService from "../../../modules/purchase/service"

/** Id of the step that records a purchase. */
export const createPurchaseStepId = "create-purchase"

export type CreatePurchaseInput = { cart_id: string; email: string; customer_id: string | null; currency_code: string }

/** Records the purchase of a cart; removed again if a later step fails. */
export const createPurchaseStep = createStep(
  createPurchaseStepId,
  async (input: CreatePurchaseInput, { container }) => {
    const purchase = await container.resolve<PurchaseModuleService>(PURCHASE_MODULE).createPurchases(input)
    return new StepResponse(purchase, purchase.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<PurchaseModuleService>(PURCHASE_MODULE).deletePurchases(id)
  }
)
