import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFairLeads } from "../../../../../lib/fairs/trade-leads"
import { FAIR_MODULE } from "../../../../../modules/fair"
import type FairModuleService from "../../../../../modules/fair/service"

/** GET /admin/fairs/:id/leads — trade leads sent from the fair's booths, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await req.scope.resolve<FairModuleService>(FAIR_MODULE).retrieveFair(req.params.id, { select: ["id"] })
  res.json({ trade_leads: await listFairLeads(req.scope, req.params.id) })
}
