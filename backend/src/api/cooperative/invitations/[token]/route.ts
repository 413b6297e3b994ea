import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { findValidInvitation } from "../../../../workflows/cooperative-member/steps/accept-invitation"

/** What an invitation link offers, shown before the person signs in. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const member = await findValidInvitation(req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE), req.params.token)
  res.json({
    invitation: {
      email: member.email,
      role: member.role,
      expires_at: member.invite_expires_at,
      cooperative: { name: member.cooperative.name, short_name: member.cooperative.short_name },
    },
  })
}
