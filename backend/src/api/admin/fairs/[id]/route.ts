import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairView } from "../../../../lib/fairs/fair-view"
import { FAIR_MODULE } from "../../../../modules/fair"
import type FairModuleService from "../../../../modules/fair/service"
import { saveFairWorkflow } from "../../../../workflows/fair/save-fair"
import type { AdminUpdateFairType } from "../validators"

/** GET /admin/fairs/:id — one fair with its phase now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await req.scope.resolve<FairModuleService>(FAIR_MODULE).retrieveFair(req.params.id)
  res.json({ fair: fairView(fair, new Date()) })
}

/** POST /admin/fairs/:id — changes some of a fair's details. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateFairType>, res: MedusaResponse) {
  const { result } = await saveFairWorkflow(req.scope).run({ input: { id: req.params.id, details: req.validatedBody } })
  res.json({ fair: fairView(result, new Date()) })
}
