import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCooperativeLotRow, toLotJson } from "../../../../lib/traceability/lot-view"
import { activeCooperative } from "../../active-cooperative"

/** GET /cooperative/lots/:id — one of the cooperative's lots with its certifications, events and chain verification. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ lot: toLotJson(await loadCooperativeLotRow(req.scope, activeCooperative(req).id, req.params.id)) })
}
