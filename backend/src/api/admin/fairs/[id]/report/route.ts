import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairReport, fairReportCsv } from "../../../../../lib/fairs/fair-report"
import type { AdminFairReportType } from "../../validators"

/** GET /admin/fairs/:id/report — visits, orders, revenue and trade leads per booth and per day; `format=csv` downloads it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminFairReportType>, res: MedusaResponse) {
  const report = await fairReport(req.scope, req.params.id)
  if ((req.validatedQuery as AdminFairReportType).format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="bao-cao-${report.fair.slug}.csv"`)
    res.send(fairReportCsv(report))
    return
  }
  res.json({ report })
}
