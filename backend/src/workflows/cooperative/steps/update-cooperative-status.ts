import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { type CooperativeStatus, type CooperativeStatusAction, nextStatus } from "../../../modules/cooperative/status-rules"

export const UPDATE_COOPERATIVE_STATUS_STEP = "update-cooperative-status"

export type UpdateCooperativeStatusInput = { id: string; action: CooperativeStatusAction; reason?: string | null }

/** Moves a cooperative to the status the action leads to; refuses a transition the rules do not allow. */
export const updateCooperativeStatusStep = createStep(
  UPDATE_COOPERATIVE_STATUS_STEP,
  async ({ id, action, reason }: UpdateCooperativeStatusInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const current = await service.retrieveCooperative(id)
    const result = nextStatus(current.status as CooperativeStatus, action, reason)
    if ("error" in result) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, result.error)
    const status_reason = result.status === "approved" ? null : (reason ?? "").trim()
    const updated = await service.updateCooperatives({ id, status: result.status, status_reason })
    return new StepResponse(
      { cooperative: updated, from: current.status as CooperativeStatus },
      { id, status: current.status, status_reason: current.status_reason }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperatives(previous)
  }
)
