import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptInvitationStep } from "./steps/accept-invitation"

export const ACCEPT_INVITATION_WORKFLOW = "accept-cooperative-invitation"

/** The invited person accepts and becomes an active member. */
export const acceptInvitationWorkflow = createWorkflow(ACCEPT_INVITATION_WORKFLOW, (input: { token: string; seller_id: string }) => {
  return new WorkflowResponse(acceptInvitationStep(input))
})
