import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FairAction } from "../../modules/fair/rules/fair-phase"
import { loadFairStatusStep } from "./steps/load-fair-status"
import { saveFairStep } from "./steps/save-fair"
import { syncFairPriceListStep } from "./steps/sync-fair-price-list"

/** Id of the workflow in which an operator opens applications, publishes, archives or withdraws a fair. */
export const changeFairStatusWorkflowId = "change-fair-status"

/** Moves a fair to the status the action leads to, if the rules allow it at this moment (see nextFairStatus); its fair prices follow. */
export const changeFairStatusWorkflow = createWorkflow(changeFairStatusWorkflowId, (input: { id: string; action: FairAction; now: Date }) => {
  const next = loadFairStatusStep(input)
  const fair = saveFairStep(transform({ next }, ({ next }) => ({ id: next.id, details: {}, status: next.status })))
  syncFairPriceListStep(transform({ fair }, ({ fair }) => ({ fair_id: fair.id })))
  return new WorkflowResponse(fair)
})
