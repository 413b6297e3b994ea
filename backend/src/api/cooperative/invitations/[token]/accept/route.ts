import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptInvitationWorkflow } from "../../../../../workflows/cooperative-member/accept-invitation"
import { toMember } from "../../../members/serialize"

/** The signed-in person accepts an invitation sent to their e-mail. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await acceptInvitationWorkflow(req.scope).run({
    input: { token: req.params.token, seller_id: req.auth_context.actor_id },
  })
  res.json({ membership: toMember(result) })
}
