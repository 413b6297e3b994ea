import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeSettlementCsv, settlementFileName } from "../../../../lib/settlements/settlement-csv"
import { cooperativeSettlement } from "../../../../lib/settlements/settlement-report"
import type { AdminSettlementQueryType } from "../validators"

/** GET /admin/settlements/:cooperative_id — that cooperative's orders in the period and where each one's money stands; `format=csv` downloads them. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminSettlementQueryType>, res: MedusaResponse) {
  const { period, format } = req.validatedQuery as AdminSettlementQueryType
  const settlement = await cooperativeSettlement(req.scope, req.params.cooperative_id, period)
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${settlementFileName(settlement.period, settlement.cooperative.handle)}"`)
    res.send(cooperativeSettlementCsv(settlement))
    return
  }
  res.json({ settlement })
}
