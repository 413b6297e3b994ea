import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SaveFairInput, saveFairStep } from "./steps/save-fair"

/** Id of the workflow in which an operator creates a fair or edits its details. */
export const saveFairWorkflowId = "save-fair"

/** An operator creates a fair (as a draft) or edits one; see saveFairStep for what is refused. */
export const saveFairWorkflow = createWorkflow(saveFairWorkflowId, (input: SaveFairInput) => new WorkflowResponse(saveFairStep(input)))
