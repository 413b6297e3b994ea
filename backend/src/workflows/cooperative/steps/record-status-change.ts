import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeStatus } from "../../../modules/cooperative/status-rules"

export const RECORD_STATUS_CHANGE_STEP = "record-cooperative-status-change"

export type RecordStatusChangeInput = {
  cooperative_id: string
  from_status: CooperativeStatus | null
  to_status: CooperativeStatus
  reason: string | null
  actor_type: "user" | "seller" | "system"
  actor_id: string | null
}

/** Writes who changed a cooperative's status, when and why. */
export const recordStatusChangeStep = createStep(
  RECORD_STATUS_CHANGE_STEP,
  async (input: RecordStatusChangeInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const change = await service.createCooperativeStatusChanges(input)
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperativeStatusChanges(id)
  }
)
