import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncFairPriceListStep } from "./steps/sync-fair-price-list"
import { type WithdrawBoothProductInput, withdrawBoothProductStep } from "./steps/withdraw-booth-product"

/** Id of the workflow in which an operator takes a featured product out of a booth. */
export const withdrawBoothProductWorkflowId = "withdraw-booth-product"

/** An operator takes a product out of a booth; the fair's price list follows, so the fair price stops at once. */
export const withdrawBoothProductWorkflow = createWorkflow(withdrawBoothProductWorkflowId, (input: WithdrawBoothProductInput) => {
  const removed = withdrawBoothProductStep(input)
  syncFairPriceListStep(transform({ input }, ({ input }) => ({ fair_id: input.fair_id })))
  return new WorkflowResponse(removed)
})
