/** The states of a cooperative's side of an order. */
export type CooperativeOrderState = "new" | "confirmed" | "shipped" | "delivered" | "canceled"

/** What a cooperative can do with one of its orders. */
export type CooperativeOrderAction = "confirm" | "ship" | "cancel"

const NEXT: Record<CooperativeOrderAction, { to: CooperativeOrderState; from: CooperativeOrderState[] }> = {
  confirm: { to: "confirmed", from: ["new"] },
  ship: { to: "shipped", from: ["new", "confirmed"] },
  cancel: { to: "canceled", from: ["new", "confirmed"] },
}

const REFUSAL: Record<CooperativeOrderAction, Partial<Record<CooperativeOrderState, string>>> = {
  confirm: {
    confirmed: "This order is already confirmed.",
    shipped: "This order has already been shipped.",
    delivered: "This order has already been delivered.",
    canceled: "This order was canceled and cannot be confirmed.",
  },
  ship: {
    shipped: "This order has already been shipped.",
    delivered: "This order has already been delivered.",
    canceled: "This order was canceled and cannot be shipped.",
  },
  cancel: {
    shipped: "This order has been shipped and can no longer be canceled.",
    delivered: "This order has been delivered and can no longer be canceled.",
    canceled: "This order is already canceled.",
  },
}

/** The state an action leads to, or a sentence saying why the action is refused in the current state. */
export function nextOrderState(current: CooperativeOrderState, action: CooperativeOrderAction): { state: CooperativeOrderState } | { error: string } {
  const rule = NEXT[action]
  if (rule.from.includes(current)) return { state: rule.to }
  return { error: REFUSAL[action][current] ?? `An order in state ${current} cannot be changed this way.` }
}
