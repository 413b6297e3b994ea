import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setupCooperativeLogisticsWorkflow } from "../cooperative/setup-cooperative-logistics"
import { recordStatusChangeStep } from "../cooperative/steps/record-status-change"
import { type CooperativeApplication, createCooperativeWithOwnerStep } from "./steps/create-cooperative-with-owner"

export const REGISTER_COOPERATIVE_WORKFLOW = "register-cooperative"

/** A person applies for a cooperative: it starts pending, with them as owner, and operators are told. */
export const registerCooperativeWorkflow = createWorkflow(
  REGISTER_COOPERATIVE_WORKFLOW,
  (input: { seller_id: string; application: CooperativeApplication }) => {
    const { cooperative } = createCooperativeWithOwnerStep(input)
    const change = transform({ cooperative, input }, ({ cooperative, input }) => ({
      cooperative_id: cooperative.id,
      from_status: null,
      to_status: "pending" as const,
      reason: null,
      actor_type: "seller" as const,
      actor_id: input.seller_id,
    }))
    recordStatusChangeStep(change)
    // Its own stock location, shipping profile and options, so products can be listed while approval is pending.
    setupCooperativeLogisticsWorkflow.runAsStep({ input: transform({ cooperative }, ({ cooperative }) => ({ cooperative_id: cooperative.id })) })
    emitEventStep({ eventName: "cooperative.registered", data: transform({ cooperative }, ({ cooperative }) => ({ id: cooperative.id })) })
    return new WorkflowResponse(cooperative)
  }
)
