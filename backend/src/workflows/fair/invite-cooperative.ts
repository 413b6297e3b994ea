import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { placeBoothStep } from "./steps/place-booth"

/** Id of the workflow in which an operator invites a cooperative to a fair. */
export const inviteCooperativeWorkflowId = "invite-cooperative-to-fair"

/** An operator invites an approved cooperative to a fair: it gets a booth, invited, with an optional booth code. */
export const inviteCooperativeWorkflow = createWorkflow(
  inviteCooperativeWorkflowId,
  (input: { fair_id: string; cooperative_id: string; code?: string | null; now: Date }) =>
    new WorkflowResponse(placeBoothStep(transform({ input }, ({ input }) => ({ ...input, status: "invited" as const }))))
)
