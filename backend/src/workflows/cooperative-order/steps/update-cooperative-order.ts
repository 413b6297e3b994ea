import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeOrderState } from "../state-rules"

/** Id of the step that records what a cooperative did with an order. */
export const updateCooperativeOrderStepId = "update-cooperative-order"

export type UpdateCooperativeOrderInput = {
  id: string
  state?: CooperativeOrderState
  confirmed_at?: Date
  shipped_at?: Date
  canceled_at?: Date
  cancel_reason?: string
  paid_at?: Date
}

const FIELDS = ["state", "confirmed_at", "shipped_at", "canceled_at", "cancel_reason", "paid_at"] as const

/** Moves a `cooperative_order` to its new state with the time (and reason), or records its payment; the previous values come back if a later step fails. */
export const updateCooperativeOrderStep = createStep(
  updateCooperativeOrderStepId,
  async (input: UpdateCooperativeOrderInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const before = await service.retrieveCooperativeOrder(input.id, { select: ["id", ...FIELDS] })
    const updated = await service.updateCooperativeOrders(input)
    return new StepResponse(updated, {
      id: before.id,
      state: before.state,
      confirmed_at: before.confirmed_at,
      shipped_at: before.shipped_at,
      canceled_at: before.canceled_at,
      cancel_reason: before.cancel_reason,
      paid_at: before.paid_at,
    })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperativeOrders(before)
  }
)
