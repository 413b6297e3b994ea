import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairView } from "../../../lib/fairs/fair-view"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"
import { saveFairWorkflow } from "../../../workflows/fair/save-fair"
import type { AdminCreateFairType, AdminListFairsType } from "./validators"

/** GET /admin/fairs — every fair, the next to start first, with its phase now. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListFairsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminListFairsType
  const [fairs, count] = await req.scope.resolve<FairModuleService>(FAIR_MODULE).listAndCountFairs({}, { take: limit, skip: offset, order: { starts_at: "DESC" } })
  const now = new Date()
  res.json({ fairs: fairs.map((f) => fairView(f, now)), count, limit, offset })
}

/** POST /admin/fairs — a new fair, as a draft. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateFairType>, res: MedusaResponse) {
  const { result } = await saveFairWorkflow(req.scope).run({ input: { details: req.validatedBody } })
  res.status(201).json({ fair: fairView(result, new Date()) })
}
