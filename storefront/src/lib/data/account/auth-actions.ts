"use server"

import { getLocale } from "next-intl/server"
import { cookies } from "next/headers"
import { redirect } from "../../../i18n/navigation"
import type { AccountActionResult } from "../account-views"
import { attachCartToCustomer } from "../cart"
import { CART_COOKIE, setCartNoticeCookie } from "../cookies"
import { encodeCartMergeNotice } from "../mappers/cart-merge"
import { readAccountForm, registerSchema, signInSchema } from "../mappers/account"
import { splitFullName } from "../mappers/checkout-address"
import { AccountError, runAccountAction, safeAccountNext } from "./action-runner"
import { registerCustomer, signInCustomer } from "./auth"
import { clearCustomerSession, setCustomerSession } from "./session"

async function startSession(token: string, next: unknown): Promise<never> {
  await setCustomerSession(token)
  let merged = false
  try {
    const notice = await attachCartToCustomer(token)
    if (notice) {
      await setCartNoticeCookie(encodeCartMergeNotice(notice))
      merged = true
    }
  } catch (error) {
    // Signing in must not fail over the cart; the shopper still has it in this browser.
    console.error("Could not attach the cart at sign-in", error)
  }
  // Lines just came over from another device: unless the shopper was on their way somewhere, show them the cart.
  return redirect({ href: safeAccountNext(next) ?? (merged ? "/cart" : "/account"), locale: await getLocale() })
}

/** Creates a shopper account (name, e-mail, password, optional mobile number), signs it in and keeps the cart. */
export async function registerAction(form: FormData): Promise<AccountActionResult> {
  const checked = readAccountForm(registerSchema, form, ["fullName", "email", "password", "phone"])
  if (!checked.values) return { error: "invalid_input", fields: checked.fields }
  const { fullName, email, password, phone } = checked.values
  const result = await runAccountAction("register", () => registerCustomer({ email, password, phone, ...splitFullName(fullName) }))
  if (result.error) return result
  return startSession(result.data, form.get("next"))
}

/** Signs a shopper in; the cart in this browser becomes theirs and takes in their cart from another device, or that cart comes back. */
export async function signInAction(form: FormData): Promise<AccountActionResult> {
  const checked = readAccountForm(signInSchema, form, ["email", "password"])
  if (!checked.values) return { error: "invalid_credentials" }
  const { email, password } = checked.values
  const result = await runAccountAction("sign in", async () => {
    const token = await signInCustomer(email, password)
    if (!token) throw new AccountError("invalid_credentials")
    return token
  })
  if (result.error) return result
  return startSession(result.data, form.get("next"))
}

/** Signs the shopper out on this device; their cart stays with their account, not in this browser. */
export async function signOutAction(): Promise<void> {
  await clearCustomerSession()
  ;(await cookies()).delete({ name: CART_COOKIE, path: "/" })
  redirect({ href: "/", locale: await getLocale() })
}
