import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordFairVisit } from "../../../../../lib/fairs/store-fairs"
import type { StoreRecordFairVisitType } from "../../validators"

/** POST /store/fairs/:slug/visits — the storefront counts a visit to the fair's page or a booth's, for the fair's report. */
export async function POST(req: MedusaRequest<StoreRecordFairVisitType>, res: MedusaResponse) {
  await recordFairVisit(req.scope, req.params.slug, req.validatedBody.booth_code)
  res.status(201).json({ counted: true })
}
