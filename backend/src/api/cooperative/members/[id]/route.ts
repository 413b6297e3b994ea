import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeMemberWorkflow } from "../../../../workflows/cooperative-member/remove-member"
import { requireOwner } from "../../active-cooperative"

/** An owner removes a member or withdraws an invitation. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const active = requireOwner(req, "remove members")
  await removeMemberWorkflow(req.scope).run({ input: { cooperative_id: active.id, member_id: req.params.id } })
  res.json({ id: req.params.id, deleted: true })
}
