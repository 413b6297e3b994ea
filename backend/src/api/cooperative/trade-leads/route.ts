import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCooperativeLeads } from "../../../lib/fairs/trade-leads"
import { activeCooperative } from "../active-cooperative"

/** GET /cooperative/trade-leads — business buyers' inquiries to the cooperative, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ trade_leads: await listCooperativeLeads(req.scope, activeCooperative(req).id) })
}
