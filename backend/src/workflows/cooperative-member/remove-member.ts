import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeMemberStep } from "./steps/remove-member"

export const REMOVE_MEMBER_WORKFLOW = "remove-cooperative-member"

/** An owner removes a member or withdraws an invitation. */
export const removeMemberWorkflow = createWorkflow(REMOVE_MEMBER_WORKFLOW, (input: { cooperative_id: string; member_id: string }) => {
  return new WorkflowResponse(removeMemberStep(input))
})
