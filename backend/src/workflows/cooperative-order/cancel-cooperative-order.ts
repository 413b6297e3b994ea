import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { CooperativeOrderActionInput } from "./confirm-cooperative-order"
import { loadCooperativeOrderStep } from "./steps/load-cooperative-order"
import { updateCooperativeOrderStep } from "./steps/update-cooperative-order"

/** Id of the workflow in which a cooperative cancels an order it has not shipped. */
export const cancelCooperativeOrderWorkflowId = "cancel-cooperative-order"

export type CancelCooperativeOrderInput = CooperativeOrderActionInput & { reason: string; canceled_by: string }

/** A cooperative cancels an unshipped order with a reason; Medusa cancels the order and releases its stock reservations. */
export const cancelCooperativeOrderWorkflow = createWorkflow(cancelCooperativeOrderWorkflowId, (input: CancelCooperativeOrderInput) => {
  const loaded = loadCooperativeOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action: "cancel" as const }))
  )
  updateCooperativeOrderStep(
    transform({ input, loaded }, ({ input, loaded }) => ({
      id: loaded.cooperative_order_id,
      state: loaded.next_state,
      canceled_at: new Date(),
      cancel_reason: input.reason,
    }))
  )
  cancelOrderWorkflow.runAsStep({ input: transform({ input, loaded }, ({ input, loaded }) => ({ order_id: loaded.order_id, canceled_by: input.canceled_by })) })
  return new WorkflowResponse(transform({ loaded }, ({ loaded }) => ({ order_id: loaded.order_id })))
})
