import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAdminBooths } from "../../../../../lib/fairs/admin-booths"
import { FAIR_MODULE } from "../../../../../modules/fair"
import type FairModuleService from "../../../../../modules/fair/service"
import { inviteCooperativeWorkflow } from "../../../../../workflows/fair/invite-cooperative"
import type { AdminInviteCooperativeType } from "../../validators"

/** GET /admin/fairs/:id/booths — the fair's booths in every status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await req.scope.resolve<FairModuleService>(FAIR_MODULE).retrieveFair(req.params.id, { select: ["id"] })
  res.json({ booths: await listAdminBooths(req.scope, req.params.id) })
}

/** POST /admin/fairs/:id/booths — invites an approved cooperative (a booth, invited). */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteCooperativeType>, res: MedusaResponse) {
  const { result } = await inviteCooperativeWorkflow(req.scope).run({ input: { fair_id: req.params.id, ...req.validatedBody, now: new Date() } })
  const booth = (await listAdminBooths(req.scope, req.params.id)).find((b) => b.id === result.id)
  res.status(201).json({ booth })
}
