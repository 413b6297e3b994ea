// How orders are paid, as the checkout, the purchase page and the seller portal name it.

/** The ways to pay the shop knows, in the order the checkout offers them (each region offers some of them). */
export const PAYMENT_METHODS = ["cash_on_delivery", "vietqr", "card"] as const
/**
 * Cash to the courier or a VietQR bank transfer straight to each cooperative (Việt Nam), or a card through Stripe
 * (buyers abroad; charged when the order is placed).
 */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** How a placed order was paid: one of the checkout's methods. */
export const ORDER_PAYMENT_METHODS = PAYMENT_METHODS
/** A placed order's payment method. */
export type OrderPaymentMethod = (typeof ORDER_PAYMENT_METHODS)[number]

/** Where one cooperative order's money stands. */
export const PAYMENT_STATUSES = ["awaiting", "paid", "canceled"] as const
/** Awaiting the money, paid (the cooperative recorded it), or nothing to pay (the order was canceled first). */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]
