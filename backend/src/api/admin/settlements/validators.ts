import { z } from "@medusajs/framework/zod"
import { settlementPeriod, type SettlementPeriod } from "../../../lib/settlements/settlement-period"

/**
 * GET /admin/settlements and /admin/settlements/:cooperative_id query: a period of Việt Nam days (the current month so
 * far unless told), JSON or CSV. The period is checked here, so a wrong one is a 400 with a sentence.
 */
export const AdminSettlementQuery = z
  .object({
    from: z.string({ error: "from must be a day written YYYY-MM-DD, such as 2026-03-01." }).optional(),
    to: z.string({ error: "to must be a day written YYYY-MM-DD, such as 2026-03-31." }).optional(),
    format: z.enum(["json", "csv"], { error: "format must be json or csv." }).default("json"),
  })
  .strict()
  .transform(({ from, to, format }, ctx): { format: "json" | "csv"; period: SettlementPeriod } => {
    const period = settlementPeriod({ from, to })
    if ("error" in period) {
      ctx.addIssue({ code: "custom", message: period.error })
      return z.NEVER
    }
    return { format, period }
  })
export type AdminSettlementQueryType = z.infer<typeof AdminSettlementQuery>
