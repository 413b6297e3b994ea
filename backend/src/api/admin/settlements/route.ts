import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementFileName, settlementReportCsv } from "../../../lib/settlements/settlement-csv"
import { settlementReport } from "../../../lib/settlements/settlement-report"
import type { AdminSettlementQueryType } from "./validators"

/** GET /admin/settlements — per cooperative and currency, what the period's orders came to and who holds the money; `format=csv` downloads it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminSettlementQueryType>, res: MedusaResponse) {
  const { period, format } = req.validatedQuery as AdminSettlementQueryType
  const report = await settlementReport(req.scope, period)
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${settlementFileName(report.period)}"`)
    res.send(settlementReportCsv(report))
    return
  }
  res.json({ report })
}
