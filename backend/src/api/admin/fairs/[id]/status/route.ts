import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairView } from "../../../../../lib/fairs/fair-view"
import { changeFairStatusWorkflow } from "../../../../../workflows/fair/change-fair-status"
import type { AdminChangeFairStatusType } from "../../validators"

/** POST /admin/fairs/:id/status — open applications, publish, archive or withdraw to draft. */
export async function POST(req: AuthenticatedMedusaRequest<AdminChangeFairStatusType>, res: MedusaResponse) {
  const now = new Date()
  const { result } = await changeFairStatusWorkflow(req.scope).run({ input: { id: req.params.id, action: req.validatedBody.action, now } })
  res.json({ fair: fairView(result, now) })
}
