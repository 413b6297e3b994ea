import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CooperativeStatusAction } from "../../modules/cooperative/status-rules"
import { recordStatusChangeStep } from "./steps/record-status-change"
import { syncProductVisibilityStep } from "./steps/sync-product-visibility"
import { updateCooperativeStatusStep } from "./steps/update-cooperative-status"

export const CHANGE_COOPERATIVE_STATUS_WORKFLOW = "change-cooperative-status"
export const COOPERATIVE_STATUS_CHANGED_EVENT = "cooperative.status_changed"

export type ChangeCooperativeStatusInput = {
  id: string
  action: CooperativeStatusAction
  reason?: string | null
  actor: { type: "user" | "seller" | "system"; id: string | null }
}

/** An operator approves, rejects or suspends a cooperative: the status, its history, its products' visibility and an event, all or nothing. */
export const changeCooperativeStatusWorkflow = createWorkflow(CHANGE_COOPERATIVE_STATUS_WORKFLOW, (input: ChangeCooperativeStatusInput) => {
  const { cooperative, from } = updateCooperativeStatusStep({ id: input.id, action: input.action, reason: input.reason })
  const change = transform({ input, cooperative, from }, ({ input, cooperative, from }) => ({
    cooperative_id: cooperative.id,
    from_status: from,
    to_status: cooperative.status,
    reason: cooperative.status_reason,
    actor_type: input.actor.type,
    actor_id: input.actor.id,
  }))
  recordStatusChangeStep(change)
  // Shoppers see a cooperative's products only while it is approved: suspending hides them at once.
  syncProductVisibilityStep(
    transform({ cooperative }, ({ cooperative }) => ({ cooperative_id: cooperative.id, visible: cooperative.status === "approved" }))
  )
  emitEventStep({
    eventName: COOPERATIVE_STATUS_CHANGED_EVENT,
    data: transform({ change }, ({ change }) => ({ id: change.cooperative_id, from: change.from_status, to: change.to_status, reason: change.reason })),
  })
  return new WorkflowResponse(cooperative)
})
