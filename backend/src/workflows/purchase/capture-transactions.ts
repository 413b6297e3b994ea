import type { BigNumberInput, CreateOrderTransactionDTO } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

type Capture = { id: string; amount: BigNumberInput; raw_amount?: BigNumberInput }

/**
 * Order transactions for what a provider captured while authorizing: the purchase's one payment is spread over its
 * orders, each order taking up to its own total, so every order shows what was paid for it and the parts add up.
 */
export function captureTransactions(
  payment: { currency_code: string; captures?: Capture[] | null } | null | undefined,
  orders: { id: string; total: BigNumberInput }[]
): CreateOrderTransactionDTO[] {
  const transactions: CreateOrderTransactionDTO[] = []
  const owed = new Map(orders.map((o) => [o.id, MathBN.convert(o.total)]))
  for (const capture of payment?.captures ?? []) {
    let left = MathBN.convert(capture.raw_amount ?? capture.amount)
    for (const order of orders) {
      const due = owed.get(order.id)!
      if (left.lte(0) || due.lte(0)) continue
      const amount = MathBN.min(left, due)
      transactions.push({ order_id: order.id, amount, currency_code: payment!.currency_code, reference: "capture", reference_id: capture.id })
      owed.set(order.id, due.minus(amount))
      left = left.minus(amount)
    }
  }
  return transactions
}
