import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadCooperativeOrderStep } from "./steps/load-cooperative-order"
import { updateCooperativeOrderStep } from "./steps/update-cooperative-order"

/** Id of the workflow in which a cooperative confirms it will fulfil an order. */
export const confirmCooperativeOrderWorkflowId = "confirm-cooperative-order"

export type CooperativeOrderActionInput = { order_id: string; cooperative_id: string }

/** A cooperative confirms a new order (new → confirmed). */
export const confirmCooperativeOrderWorkflow = createWorkflow(confirmCooperativeOrderWorkflowId, (input: CooperativeOrderActionInput) => {
  const loaded = loadCooperativeOrderStep(transform({ input }, ({ input }) => ({ ...input, action: "confirm" as const })))
  updateCooperativeOrderStep(transform({ loaded }, ({ loaded }) => ({ id: loaded.cooperative_order_id, state: loaded.next_state, confirmed_at: new Date() })))
  return new WorkflowResponse(transform({ loaded }, ({ loaded }) => ({ order_id: loaded.order_id })))
})
