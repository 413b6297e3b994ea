import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type DecideBoothInput, decideBoothStep } from "./steps/decide-booth"
import { syncFairPriceListStep } from "./steps/sync-fair-price-list"

/** Id of the workflow in which an operator approves or rejects a booth. */
export const decideBoothWorkflowId = "decide-booth"

/** An operator approves a booth (with its code) or rejects it with a reason; see decideBoothStep. The fair's prices follow. */
export const decideBoothWorkflow = createWorkflow(decideBoothWorkflowId, (input: DecideBoothInput) => {
  const booth = decideBoothStep(input)
  syncFairPriceListStep(transform({ input }, ({ input }) => ({ fair_id: input.fair_id })))
  return new WorkflowResponse(booth)
})
