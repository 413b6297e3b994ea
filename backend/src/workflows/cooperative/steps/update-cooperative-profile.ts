import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const UPDATE_COOPERATIVE_PROFILE_STEP = "update-cooperative-profile"

export type CooperativeProfileUpdate = Record<string, unknown> & { id: string }

/** Changes a cooperative's profile fields; the previous values are restored if a later step fails. */
export const updateCooperativeProfileStep = createStep(
  UPDATE_COOPERATIVE_PROFILE_STEP,
  async (input: CooperativeProfileUpdate, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await service.retrieveCooperative(input.id, { select: ["id", ...fields] })
    const updated = await service.updateCooperatives(input)
    return new StepResponse(updated, before as CooperativeProfileUpdate)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperatives(before)
  }
)
