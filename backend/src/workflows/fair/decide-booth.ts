import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type DecideBoothInput, decideBoothStep } from "./steps/decide-booth"

/** Id of the workflow in which an operator approves or rejects a booth. */
export const decideBoothWorkflowId = "decide-booth"

/** An operator approves a booth (with its code) or rejects it with a reason; see decideBoothStep. */
export const decideBoothWorkflow = createWorkflow(decideBoothWorkflowId, (input: DecideBoothInput) => new WorkflowResponse(decideBoothStep(input)))
