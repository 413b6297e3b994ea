import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FairAction } from "../../modules/fair/rules/fair-phase"
import { loadFairStatusStep } from "./steps/load-fair-status"
import { saveFairStep } from "./steps/save-fair"

/** Id of the workflow in which an operator opens applications, publishes, archives or withdraws a fair. */
export const changeFairStatusWorkflowId = "change-fair-status"

/** Moves a fair to the status the action leads to, if the rules allow it at this moment (see nextFairStatus). */
export const changeFairStatusWorkflow = createWorkflow(changeFairStatusWorkflowId, (input: { id: string; action: FairAction; now: Date }) => {
  const next = loadFairStatusStep(input)
  return new WorkflowResponse(saveFairStep(transform({ next }, ({ next }) => ({ id: next.id, details: {}, status: next.status }))))
})
