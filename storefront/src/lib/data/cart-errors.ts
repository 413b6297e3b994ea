import { errorStatus } from "./errors"

/** Why a cart change failed; the UI shows `Errors.<code>` from the message files. */
export type CartErrorCode =
  | "invalid_input"
  | "insufficient_stock"
  | "cart_not_found"
  | "add_failed"
  | "update_failed"
  | "remove_failed"

/** What every cart server action returns instead of throwing. */
export type CartActionResult = { error: CartErrorCode | null }

/** Thrown inside the cart data layer when a failure already has a code. */
export class CartError extends Error {
  constructor(readonly code: CartErrorCode) {
    super(code)
  }
}

/** Turns a store API failure into a code a shopper can read; `fallback` names the attempted change. */
export function toCartErrorCode(error: unknown, fallback: CartErrorCode): CartErrorCode {
  if (error instanceof CartError) return error.code
  const message = error instanceof Error ? error.message : ""
  // Medusa refuses over-stock quantities with 400 "…does not have the required inventory".
  if (errorStatus(error) === 400 && /inventory/i.test(message)) return "insufficient_stock"
  return fallback
}
