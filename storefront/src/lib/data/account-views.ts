// View types of the shopper's account pages. Built in ./mappers/account.ts.

import type { AddressFieldErrors, CheckoutAddressValues } from "./checkout-views"
import type { PurchaseView } from "./purchase-views"

/** The signed-in shopper as the account pages show them. */
export type CustomerView = { id: string; email: string; fullName: string; phone: string }

/** Why an account form or action failed; the UI shows `AccountErrors.<code>`. */
export type AccountErrorCode =
  | "invalid_input"
  | "name_required"
  | "email_invalid"
  | "password_too_short"
  | "phone_invalid"
  | "invalid_credentials"
  | "email_taken"
  | "signed_out"
  | "not_found"
  | "failed"

/** A field of the register, sign-in or profile forms. */
export type AccountField = "fullName" | "email" | "password" | "phone"

/** What account actions return instead of throwing; `fields` names refused form fields. */
export type AccountActionResult<T = null> =
  | { error: null; data: T; fields?: undefined }
  | { error: AccountErrorCode; fields?: Partial<Record<AccountField, AccountErrorCode>> | AddressFieldErrors; data?: undefined }

/** A purchase in the order history: the purchase page's view plus what re-ordering needs. */
export type OrderHistoryEntry = PurchaseView & { reorderLines: ReorderLine[] }

/** A variant and quantity to put back in the cart, with its title to name it when it cannot be added. */
export type ReorderLine = { variantId: string; quantity: number; title: string }

/** What a re-order put back and what it could not. */
export type ReorderResult = { added: number; skipped: string[] }

export type { CheckoutAddressValues }
