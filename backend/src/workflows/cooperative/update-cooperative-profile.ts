import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CooperativeProfileUpdate, updateCooperativeProfileStep } from "./steps/update-cooperative-profile"

export const UPDATE_COOPERATIVE_PROFILE_WORKFLOW = "update-cooperative-profile"

/** A cooperative edits its own profile (status and registration number are not editable here). */
export const updateCooperativeProfileWorkflow = createWorkflow(UPDATE_COOPERATIVE_PROFILE_WORKFLOW, (input: CooperativeProfileUpdate) => {
  return new WorkflowResponse(updateCooperativeProfileStep(input))
})
