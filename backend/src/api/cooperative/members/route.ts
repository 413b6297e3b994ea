import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { inviteMemberWorkflow } from "../../../workflows/cooperative-member/invite-member"
import { activeCooperative, requireOwner } from "../active-cooperative"
import { toMember } from "./serialize"
import type { CooperativeInviteMemberType } from "./validators"

/** The active cooperative's members and open invitations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const members = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperativeMembers({ cooperative_id: activeCooperative(req).id }, { order: { created_at: "ASC" }, take: 200 })
  res.json({ members: members.map(toMember) })
}

/** An owner invites a person; they get an e-mail with a link. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeInviteMemberType>, res: MedusaResponse) {
  const active = requireOwner(req, "invite members")
  const { email, role, full_name } = req.validatedBody
  const { result } = await inviteMemberWorkflow(req.scope).run({
    input: { cooperative_id: active.id, email, role, full_name: full_name ?? null, inviter_seller_id: active.seller_id },
  })
  res.status(201).json({ member: toMember(result) })
}
