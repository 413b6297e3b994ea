import type { CooperativeOrderState } from "./state-rules"

/** Why a cooperative cannot record this order's money as received, or null when it can. */
export function paymentRefusal(order: { state: CooperativeOrderState; paid_at: Date | string | null; payment_method?: string }): string | null {
  if (order.payment_method === "card") return "This order was paid by card to the marketplace, which settles with the cooperative; there is nothing to record."
  if (order.state === "canceled") return "This order was canceled; there is no payment to record."
  if (order.paid_at) return "The payment for this order is already recorded."
  return null
}
