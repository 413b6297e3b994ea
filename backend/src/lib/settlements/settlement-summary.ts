import type { PaymentMethod } from "../../workflows/purchase/payment-method"

/** One cooperative order as a settlement counts it; `total` in whole minor units of its currency. */
export type SettlementOrder = {
  id: string
  display_id: number
  placed_at: Date | string
  cooperative: { id: string; handle: string; name: string }
  currency_code: string
  total: number
  payment_method: PaymentMethod
  state: string
  paid_at: Date | string | null
}

/**
 * Where an order's money stands between the marketplace and the cooperative: paid by card (the operator's Stripe account
 * holds it, so it is owed to the cooperative), paid by VietQR straight to the cooperative's bank, cash the cooperative
 * collected, not paid yet, or canceled (counted apart, never in the gross). A canceled order that had been paid is money
 * the shopper must get back: from the marketplace for a card, from the cooperative for a transfer or cash it received.
 */
export type SettlesAs = "card_owed" | "vietqr_received" | "cash_collected" | "unpaid" | "canceled" | "card_refund_due" | "cooperative_refund_due"

/** Amounts of a settlement line, in whole minor units of one currency. */
export type SettlementAmounts = { orders: number; canceled_orders: number; gross: number } & Record<Exclude<SettlesAs, "canceled">, number>

/** The columns of a canceled order: counted in `canceled_orders`, never in the gross. */
type CanceledColumn = Extract<SettlesAs, "canceled" | "card_refund_due" | "cooperative_refund_due">
const isCanceled = (column: SettlesAs): column is CanceledColumn => column === "canceled" || column === "card_refund_due" || column === "cooperative_refund_due"

/** A cooperative's settlement in one currency; a cooperative that sold in đồng and in dollars has two. */
export type SettlementLine = { cooperative: SettlementOrder["cooperative"]; currency_code: string } & SettlementAmounts

/** The column an order's amount goes to. */
export function settlesAs(order: Pick<SettlementOrder, "state" | "paid_at" | "payment_method">): SettlesAs {
  if (order.state === "canceled") return !order.paid_at ? "canceled" : order.payment_method === "card" ? "card_refund_due" : "cooperative_refund_due"
  if (!order.paid_at) return "unpaid"
  return order.payment_method === "card" ? "card_owed" : order.payment_method === "vietqr" ? "vietqr_received" : "cash_collected"
}

const empty = (): SettlementAmounts => ({
  orders: 0,
  canceled_orders: 0,
  gross: 0,
  card_owed: 0,
  vietqr_received: 0,
  cash_collected: 0,
  unpaid: 0,
  card_refund_due: 0,
  cooperative_refund_due: 0,
})

function add(amounts: SettlementAmounts, order: SettlementOrder) {
  const column = settlesAs(order)
  if (isCanceled(column)) {
    amounts.canceled_orders++
    // Paid before it was canceled: the amount is the shopper's to get back.
    if (column !== "canceled") amounts[column] += order.total
    return
  }
  amounts.orders++
  amounts.gross += order.total
  amounts[column] += order.total
}

// The marketplace's own currency first; the others after it, by code.
const currencyRank = (code: string) => (code === "vnd" ? "" : code)
const byName = new Intl.Collator("vi").compare

/**
 * Orders summed per cooperative and currency (amounts of different currencies are never added), largest amount owed to a
 * cooperative first within each currency; and the totals per currency, which are the sums of the lines.
 */
export function summarizeSettlement(orders: SettlementOrder[]): { lines: SettlementLine[]; totals: ({ currency_code: string } & SettlementAmounts)[] } {
  const lines = new Map<string, SettlementLine>()
  const totals = new Map<string, { currency_code: string } & SettlementAmounts>()
  for (const order of orders) {
    const currency = order.currency_code.toLowerCase()
    const key = `${order.cooperative.id} ${currency}`
    const line = lines.get(key) ?? lines.set(key, { cooperative: order.cooperative, currency_code: currency, ...empty() }).get(key)!
    const total = totals.get(currency) ?? totals.set(currency, { currency_code: currency, ...empty() }).get(currency)!
    add(line, order)
    add(total, order)
  }
  const byCurrency = (a: { currency_code: string }, b: { currency_code: string }) => currencyRank(a.currency_code).localeCompare(currencyRank(b.currency_code))
  return {
    lines: [...lines.values()].sort(
      (a, b) => byCurrency(a, b) || b.card_owed - a.card_owed || b.gross - a.gross || byName(a.cooperative.name, b.cooperative.name)
    ),
    totals: [...totals.values()].sort(byCurrency),
  }
}
