import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { hashInviteToken } from "./create-invitation"

export const ACCEPT_INVITATION_STEP = "accept-cooperative-invitation"

/** Turns a valid invitation addressed to the caller's e-mail into an active membership. */
export const acceptInvitationStep = createStep(
  ACCEPT_INVITATION_STEP,
  async (input: { token: string; seller_id: string }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const member = await findValidInvitation(service, input.token)
    const seller = await service.retrieveSeller(input.seller_id)
    if (seller.email.toLowerCase() !== member.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `This invitation is for ${member.email}: sign in with that e-mail to accept it.`)
    }
    const updated = await service.updateCooperativeMembers({
      id: member.id,
      seller_id: seller.id,
      full_name: member.full_name ?? seller.full_name,
      status: "active",
      invite_token_hash: null,
      invite_expires_at: null,
    })
    return new StepResponse(updated, member)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, full_name, status, invite_token_hash, invite_expires_at } = previous
    await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .updateCooperativeMembers({ id, full_name, status, invite_token_hash, invite_expires_at, seller_id: null })
  }
)

/** The pending, unexpired invitation behind a token, or a 404 that says why it cannot be used. */
export async function findValidInvitation(service: CooperativeModuleService, token: string) {
  const [member] = await service.listCooperativeMembers(
    { invite_token_hash: hashInviteToken(token), status: "invited" },
    { relations: ["cooperative"], take: 1 }
  )
  if (!member || !member.invite_expires_at || new Date(member.invite_expires_at) < new Date()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation is unknown, already used or expired: ask the cooperative's owner for a new one.")
  }
  return member
}
