import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const CREATE_INVITATION_STEP = "create-cooperative-invitation"
const VALID_FOR_MS = 7 * 24 * 60 * 60 * 1000

/** Hash under which an invitation token is stored and looked up. */
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

export type CreateInvitationInput = { cooperative_id: string; email: string; full_name: string | null; role: "owner" | "staff" }

/** Creates an invited membership with a fresh one-time token; the raw token leaves only in the e-mail. */
export const createInvitationStep = createStep(
  CREATE_INVITATION_STEP,
  async (input: CreateInvitationInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const email = input.email.toLowerCase()
    const [existing] = await service.listCooperativeMembers({ cooperative_id: input.cooperative_id, email }, { take: 1 })
    if (existing) {
      const what = existing.status === "active" ? "is already a member" : "has already been invited"
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} ${what} of this cooperative.`)
    }
    const token = randomBytes(24).toString("base64url")
    const member = await service.createCooperativeMembers({
      ...input,
      email,
      status: "invited",
      invite_token_hash: hashInviteToken(token),
      invite_expires_at: new Date(Date.now() + VALID_FOR_MS),
    })
    return new StepResponse({ member, token }, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperativeMembers(id)
  }
)
