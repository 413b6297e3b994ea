import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveStorePurchase } from "../../../lib/purchases/purchase-view"

/** Id of the step that reads a purchase as its shopper sees it. */
export const loadPurchaseStepId = "load-purchase"

/** A purchase with its orders, totals and payments, as `GET /store/purchases/:id` shows it. */
export const loadPurchaseStep = createStep(loadPurchaseStepId, async ({ id }: { id: string }, { container }) => {
  return new StepResponse(await retrieveStorePurchase(container, id))
})
