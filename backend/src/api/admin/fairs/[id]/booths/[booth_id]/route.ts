import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAdminBooths } from "../../../../../../lib/fairs/admin-booths"
import { decideBoothWorkflow } from "../../../../../../workflows/fair/decide-booth"
import type { AdminDecideBoothType } from "../../../validators"

/** POST /admin/fairs/:id/booths/:booth_id — approves a booth (with its code) or rejects it with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<AdminDecideBoothType>, res: MedusaResponse) {
  await decideBoothWorkflow(req.scope).run({ input: { fair_id: req.params.id, booth_id: req.params.booth_id, ...req.validatedBody } })
  const booth = (await listAdminBooths(req.scope, req.params.id)).find((b) => b.id === req.params.booth_id)
  res.json({ booth })
}
