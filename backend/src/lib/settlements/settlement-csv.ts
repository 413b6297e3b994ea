import { toCsv } from "../csv"
import { amountText } from "../money"
import { toVietnamIso } from "../traceability/vietnam-time"
import type { CooperativeSettlement, SettlementReport } from "./settlement-report"

const AMOUNT_COLUMNS = ["gross", "card_owed", "vietqr_received", "cash_collected", "unpaid", "card_refund_due", "cooperative_refund_due"] as const

// An instant as Việt Nam reads it, to the second: 2026-03-31T23:30:00+07:00.
const vietnamTime = (at: Date | string | null) => (at === null ? "" : toVietnamIso(at).replace(/\.\d{3}/, ""))

/**
 * The settlement report as CSV for Excel (UTF-8 with its mark): a line per cooperative and currency, then a total line per
 * currency; amounts written in the currency's main unit with its digits (125000 đồng, 12.50 dollars).
 */
export function settlementReportCsv(report: Pick<SettlementReport, "cooperatives" | "totals">): string {
  const lines: (string | number)[][] = [["line", "cooperative", "handle", "currency", "orders", "canceled_orders", ...AMOUNT_COLUMNS]]
  for (const c of report.cooperatives) {
    lines.push(["cooperative", c.cooperative.name, c.cooperative.handle, c.currency_code.toUpperCase(), c.orders, c.canceled_orders, ...AMOUNT_COLUMNS.map((k) => amountText(c[k], c.currency_code))])
  }
  for (const t of report.totals) {
    lines.push(["total", "", "", t.currency_code.toUpperCase(), t.orders, t.canceled_orders, ...AMOUNT_COLUMNS.map((k) => amountText(t[k], t.currency_code))])
  }
  return toCsv(lines, { bom: true })
}

/** One cooperative's orders in the period as CSV for Excel: a line per order, oldest first; times in Việt Nam. */
export function cooperativeSettlementCsv(settlement: Pick<CooperativeSettlement, "orders">): string {
  const lines: (string | number)[][] = [["order_number", "order_id", "placed_at", "payment_method", "state", "paid_at", "settles_as", "amount", "currency"]]
  for (const o of settlement.orders) {
    lines.push([o.display_id, o.id, vietnamTime(o.placed_at), o.payment_method, o.state, vietnamTime(o.paid_at), o.settles_as, amountText(o.total, o.currency_code), o.currency_code.toUpperCase()])
  }
  return toCsv(lines, { bom: true })
}

/** A download's file name for the period, such as doi-soat-2026-03-01-2026-03-31.csv (with a cooperative's handle when given). */
export const settlementFileName = (period: { from: string; to: string }, handle?: string) =>
  `doi-soat-${handle ? `${handle}-` : ""}${period.from}-${period.to}.csv`
