import { sdk } from "./sdk"

export type PaymentMethod = "cash_on_delivery" | "vietqr" | "card"
/** Where an order's money stands; the amount columns of the settlement. */
export type SettlesAs = "card_owed" | "vietqr_received" | "cash_collected" | "unpaid" | "canceled" | "card_refund_due" | "cooperative_refund_due"

/** Amounts in the currency's main unit (125000 đồng, 12.5 dollars), as the API gives money. */
export type SettlementAmounts = {
  orders: number
  canceled_orders: number
  gross: number
  card_owed: number
  vietqr_received: number
  cash_collected: number
  unpaid: number
  /** Canceled card orders: the marketplace refunds the shopper. */
  card_refund_due: number
  /** Canceled orders the cooperative was paid for (VietQR or cash): the cooperative refunds the shopper. */
  cooperative_refund_due: number
}
export type SettlementCooperative = { id: string; handle: string; name: string }
export type SettlementLine = SettlementAmounts & { cooperative: SettlementCooperative; currency_code: string }
export type SettlementTotals = SettlementAmounts & { currency_code: string }
export type SettlementPeriod = { from: string; to: string; time_zone: string }
export type SettlementReport = { period: SettlementPeriod; cooperatives: SettlementLine[]; totals: SettlementTotals[] }

export type SettlementOrder = {
  id: string
  display_id: number
  placed_at: string
  payment_method: PaymentMethod
  state: string
  paid_at: string | null
  settles_as: SettlesAs
  total: number
  currency_code: string
}
export type CooperativeSettlement = {
  period: SettlementPeriod
  cooperative: SettlementCooperative
  summary: SettlementTotals[]
  orders: SettlementOrder[]
}

/** The period asked for in the page's address; empty means the backend's default, the current month so far. */
export type PeriodQuery = { from: string; to: string }

/** The amount columns, in the order the tables show them. */
export const AMOUNT_COLUMNS = ["gross", "card_owed", "vietqr_received", "cash_collected", "unpaid", "card_refund_due", "cooperative_refund_due"] as const

/** Same ceiling as the backend: one report covers at most a year, leap day included. */
export const MAX_PERIOD_DAYS = 366

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Why a period cannot be asked for (an i18n key), or null; the backend checks again. */
export function periodProblem({ from, to }: PeriodQuery): "periodIncomplete" | "periodReversed" | "periodTooLong" | null {
  if (!DAY.test(from) || !DAY.test(to)) return "periodIncomplete"
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1
  if (days < 1) return "periodReversed"
  if (days > MAX_PERIOD_DAYS) return "periodTooLong"
  return null
}

const periodParams = (period: PeriodQuery) => ({ ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) })

/** Every cooperative's settlement for the period, largest amount owed first. */
export async function getSettlementReport(period: PeriodQuery): Promise<SettlementReport> {
  const res = await sdk.client.fetch<{ report: SettlementReport }>("/admin/settlements", { query: periodParams(period) })
  return res.report
}

/** One cooperative's orders in the period, with where each one's money stands. */
export async function getCooperativeSettlement(cooperativeId: string, period: PeriodQuery): Promise<CooperativeSettlement> {
  const res = await sdk.client.fetch<{ settlement: CooperativeSettlement }>(`/admin/settlements/${encodeURIComponent(cooperativeId)}`, {
    query: periodParams(period),
  })
  return res.settlement
}

/** The CSV download of a report (all cooperatives, or one); the admin's session cookie goes with it. */
export function settlementCsvUrl(period: PeriodQuery, cooperativeId?: string) {
  const search = new URLSearchParams({ ...periodParams(period), format: "csv" })
  return `/admin/settlements${cooperativeId ? `/${encodeURIComponent(cooperativeId)}` : ""}?${search.toString()}`
}

// ICU versions differ in which space they put before "₫"; one kind is shown everywhere.
const INTL_SPACES = /[\u00a0\u202f\u2009]/g
const formatters = new Map<string, Intl.NumberFormat>()

/** Money as each currency is written where it is used: đồng the Vietnamese way (125.000 ₫), dollars the American way ($12.50). */
export function formatAmount(amount: number, currencyCode: string) {
  const code = currencyCode.toUpperCase()
  let formatter = formatters.get(code)
  if (!formatter) {
    formatter = new Intl.NumberFormat(code === "VND" ? "vi-VN" : "en-US", { style: "currency", currency: code })
    formatters.set(code, formatter)
  }
  return formatter.format(amount).replace(INTL_SPACES, "\u00a0")
}

const intlLocale = (language: string | undefined) => (language?.startsWith("en") ? "en-GB" : "vi-VN")

/** A date and time as it was in Việt Nam, whatever the operator's computer says. */
export function formatVietnamTime(value: string | null, language: string | undefined) {
  if (!value) return "—"
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(value))
}

/** A Việt Nam day (YYYY-MM-DD) in the admin's language. */
export function formatDay(day: string, language: string | undefined) {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))
}
