import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SaveFairInput, saveFairStep } from "./steps/save-fair"
import { syncFairPriceListStep } from "./steps/sync-fair-price-list"

/** Id of the workflow in which an operator creates a fair or edits its details. */
export const saveFairWorkflowId = "save-fair"

/** An operator creates a fair (as a draft) or edits one; see saveFairStep for what is refused. Its fair prices follow its dates. */
export const saveFairWorkflow = createWorkflow(saveFairWorkflowId, (input: SaveFairInput) => {
  const fair = saveFairStep(input)
  syncFairPriceListStep(transform({ fair }, ({ fair }) => ({ fair_id: fair.id })))
  return new WorkflowResponse(fair)
})
