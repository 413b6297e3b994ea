import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const REMOVE_MEMBER_STEP = "remove-cooperative-member"

/** Removes a member or an invitation of the cooperative; the last active owner always stays. */
export const removeMemberStep = createStep(
  REMOVE_MEMBER_STEP,
  async (input: { cooperative_id: string; member_id: string }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [member] = await service.listCooperativeMembers({ id: input.member_id, cooperative_id: input.cooperative_id }, { take: 1 })
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cooperative has no such member.")
    if (member.role === "owner" && member.status === "active") {
      const owners = await service.listCooperativeMembers({ cooperative_id: input.cooperative_id, role: "owner", status: "active" })
      if (owners.length <= 1) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The last owner cannot be removed: make someone else an owner first.")
    }
    await service.softDeleteCooperativeMembers(member.id)
    return new StepResponse({ id: member.id }, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).restoreCooperativeMembers(id)
  }
)
