import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toLotJson } from "../../../../../../../lib/traceability/lot-view"
import { lotPath } from "../../../../trace-path"
import { loadPublicLotRow } from "../../../../trade-item-view"

/** GET /store/traceability/01/:gtin/10/:lot — a lot's public history: origin, certifications, events and whether the chain verifies. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { gtin, lot } = lotPath(req.params)
  res.json({ lot: toLotJson(await loadPublicLotRow(req.scope, gtin, lot)) })
}
