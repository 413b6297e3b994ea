import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { boothReport } from "../../../../../lib/fairs/fair-report"
import { activeCooperative } from "../../../active-cooperative"

/** GET /cooperative/fairs/:id/report — the cooperative's own booth at a fair: visits, orders, revenue and leads, in total and per day. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ report: await boothReport(req.scope, req.params.id, activeCooperative(req).id) })
}
