import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCooperativeFairs } from "../../../../../lib/fairs/cooperative-fairs"
import { applyToFairWorkflow } from "../../../../../workflows/fair/apply-to-fair"
import { activeCooperative } from "../../../active-cooperative"
import type { CooperativeApplyToFairType } from "../../validators"

/** POST /cooperative/fairs/:id/apply — applies for a booth with the products to feature at fair prices. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeApplyToFairType>, res: MedusaResponse) {
  const cooperativeId = activeCooperative(req).id
  const now = new Date()
  await applyToFairWorkflow(req.scope).run({ input: { fair_id: req.params.id, cooperative_id: cooperativeId, items: req.validatedBody.items, now } })
  const fair = (await listCooperativeFairs(req.scope, cooperativeId, now)).find((f) => f.id === req.params.id)
  res.status(201).json({ fair })
}
