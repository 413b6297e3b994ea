import type { AddressFieldErrors, ForeignAddressFieldErrors } from "../checkout-views"
import { errorStatus } from "../errors"

/** Why a checkout step failed; the page shows `CheckoutErrors.<code>`. */
export type CheckoutErrorCode =
  | "invalid_input"
  | "cart_not_found"
  | "cart_empty"
  | "cart_completed"
  | "out_of_stock"
  | "cooperative_unavailable"
  | "shipping_missing"
  | "address_failed"
  | "shipping_failed"
  | "payment_unavailable"
  | "payment_failed"
  | "place_failed"
  | "price_changed"
  | "card_failed"

/** A failed step: our code, and the backend's own sentence when it gave one a shopper can act on (it names the product or cooperative). */
export type CheckoutActionError = { code: CheckoutErrorCode; detail: string | null }

/** What every checkout server action returns instead of throwing; `fields` only from the address step. */
export type CheckoutActionResult = { error: CheckoutActionError | null; fields?: AddressFieldErrors | ForeignAddressFieldErrors }

/** A failure with a known code, thrown inside the checkout data layer. */
export class CheckoutError extends Error {
  constructor(readonly code: CheckoutErrorCode) {
    super(code)
  }
}

// The store API refuses a cart it cannot place with 400 and a sentence; these patterns sort the sentences it writes.
const PATTERNS: [RegExp, CheckoutErrorCode][] = [
  [/already been checked out|already completed/i, "cart_completed"],
  [/prices changed/i, "price_changed"],
  [/out of stock|left in stock|inventory/i, "out_of_stock"],
  [/not selling|cannot ship orders/i, "cooperative_unavailable"],
  [/bank transfer|VietQR/i, "payment_unavailable"],
  [/shipping/i, "shipping_missing"],
]

/** Turns a store API failure into what the checkout shows; `fallback` names the step that failed. */
export function toCheckoutError(error: unknown, fallback: CheckoutErrorCode): CheckoutActionError {
  if (error instanceof CheckoutError) return { code: error.code, detail: null }
  const status = errorStatus(error)
  if (status === 404) return { code: "cart_not_found", detail: null }
  // Only a refusal (4xx) carries a sentence meant for people; a 5xx or network failure never reaches the page.
  if (status === undefined || status < 400 || status >= 500) return { code: fallback, detail: null }
  const message = error instanceof Error ? error.message.trim() : ""
  const code = PATTERNS.find(([pattern]) => pattern.test(message))?.[1] ?? fallback
  return { code, detail: message || null }
}
