import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PaymentMethod } from "../../workflows/purchase/payment-method"
import { fromMinorUnits, toMinorUnits } from "../money"
import type { SettlementPeriod } from "./settlement-period"
import { type SettlementAmounts, type SettlementOrder, settlesAs, summarizeSettlement } from "./settlement-summary"

type CooperativeOrderRow = {
  id: string
  state: string
  payment_method?: PaymentMethod | null
  paid_at: string | Date | null
  created_at: string | Date
  cooperative?: { id: string; handle: string; name: string } | null
  order?: { id: string } | null
}
type OrderRow = { id: string; display_id: number; currency_code: string; total: BigNumberInput }

// Orders' totals are computed by Medusa per order; a long period is read in slices.
const ORDER_BATCH = 200

/** The cooperative orders placed in the period (by when the cooperative's side was created), with their order totals. */
async function loadSettlementOrders(scope: MedusaContainer, period: SettlementPeriod, cooperativeId?: string): Promise<SettlementOrder[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_order",
    fields: ["id", "state", "payment_method", "paid_at", "created_at", "cooperative.id", "cooperative.handle", "cooperative.name", "order.id"],
    filters: { created_at: { $gte: period.start, $lt: period.end }, ...(cooperativeId ? { cooperative_id: cooperativeId } : {}) },
  })
  const sides = (data as unknown as CooperativeOrderRow[]).filter((s) => s.order && s.cooperative)
  const orders = new Map<string, OrderRow>()
  for (let i = 0; i < sides.length; i += ORDER_BATCH) {
    const ids = sides.slice(i, i + ORDER_BATCH).map((s) => s.order!.id)
    const { data: rows } = await query.graph({ entity: "order", fields: ["id", "display_id", "currency_code", "total"], filters: { id: ids } })
    for (const row of rows as unknown as OrderRow[]) orders.set(row.id, row)
  }
  return sides.flatMap((side) => {
    const order = orders.get(side.order!.id)
    if (!order) return []
    return [
      {
        id: order.id,
        display_id: order.display_id,
        placed_at: side.created_at,
        cooperative: { id: side.cooperative!.id, handle: side.cooperative!.handle, name: side.cooperative!.name },
        currency_code: order.currency_code.toLowerCase(),
        total: toMinorUnits(order.total, order.currency_code),
        payment_method: side.payment_method ?? "cash_on_delivery",
        state: side.state,
        paid_at: side.paid_at,
      },
    ]
  })
}

/** Amounts in the currency's main unit, as the rest of the API gives money (125000 đồng, 12.5 dollars). */
function inMainUnits<T extends SettlementAmounts & { currency_code: string }>(line: T): T {
  const money = (minor: number) => fromMinorUnits(minor, line.currency_code)
  return {
    ...line,
    gross: money(line.gross),
    card_owed: money(line.card_owed),
    vietqr_received: money(line.vietqr_received),
    cash_collected: money(line.cash_collected),
    unpaid: money(line.unpaid),
    card_refund_due: money(line.card_refund_due),
    cooperative_refund_due: money(line.cooperative_refund_due),
  }
}

const periodOf = ({ from, to }: SettlementPeriod) => ({ from, to, time_zone: "Asia/Ho_Chi_Minh" })

/**
 * What the marketplace and each cooperative owe each other for the orders placed in a period: per cooperative and
 * currency, the orders (canceled ones counted apart), their gross amount and how it was paid, and what canceled orders
 * that had been paid must give back; totals per currency.
 */
export async function settlementReport(scope: MedusaContainer, period: SettlementPeriod) {
  const { lines, totals } = summarizeSettlement(await loadSettlementOrders(scope, period))
  return { period: periodOf(period), cooperatives: lines.map(inMainUnits), totals: totals.map(inMainUnits) }
}

/** One cooperative's orders in a period, oldest first, each with where its money stands, and its lines per currency. */
export async function cooperativeSettlement(scope: MedusaContainer, cooperativeId: string, period: SettlementPeriod) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cooperative", fields: ["id", "handle", "name"], filters: { id: cooperativeId } })
  const cooperative = data[0] as { id: string; handle: string; name: string } | undefined
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with id "${cooperativeId}".`)
  const orders = (await loadSettlementOrders(scope, period, cooperativeId)).sort((a, b) => +new Date(a.placed_at) - +new Date(b.placed_at) || a.display_id - b.display_id)
  const { lines } = summarizeSettlement(orders)
  return {
    period: periodOf(period),
    cooperative: { id: cooperative.id, handle: cooperative.handle, name: cooperative.name },
    summary: lines.map(({ cooperative: _cooperative, ...line }) => inMainUnits(line)),
    orders: orders.map((o) => ({
      id: o.id,
      display_id: o.display_id,
      placed_at: o.placed_at,
      payment_method: o.payment_method,
      state: o.state,
      paid_at: o.paid_at,
      settles_as: settlesAs(o),
      total: fromMinorUnits(o.total, o.currency_code),
      currency_code: o.currency_code,
    })),
  }
}

export type SettlementReport = Awaited<ReturnType<typeof settlementReport>>
export type CooperativeSettlement = Awaited<ReturnType<typeof cooperativeSettlement>>
