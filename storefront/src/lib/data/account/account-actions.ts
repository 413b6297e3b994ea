"use server"

import { z } from "zod"
import type { AccountActionResult, ReorderResult } from "../account-views"
import { addLineItem } from "../cart"
import { readAddressValues, validateAddress } from "../mappers/checkout-address"
import { profileSchema, readAccountForm, toCustomerAddressBody, toCustomerUpdate, toReorderLines } from "../mappers/account"
import { parsePurchase } from "../mappers/purchase"
import { AccountError, runAccountAction } from "./action-runner"
import { customerFetch, getCustomer } from "./customer"
import { getCustomerToken } from "./session"

const idSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{1,100}$/)

async function requireSession(): Promise<{ token: string; email: string }> {
  const token = await getCustomerToken()
  const customer = token ? await getCustomer() : null
  if (!token || !customer) throw new AccountError("signed_out")
  return { token, email: customer.email }
}

/** Saves the shopper's name and optional mobile number — `POST /store/customers/me`. */
export async function updateProfileAction(form: FormData): Promise<AccountActionResult> {
  const checked = readAccountForm(profileSchema, form, ["fullName", "phone"])
  if (!checked.values) return { error: "invalid_input", fields: checked.fields }
  const values = checked.values
  return runAccountAction("profile", async () => {
    const { token } = await requireSession()
    await customerFetch(token, "/store/customers/me", { method: "POST", body: { ...toCustomerUpdate(values) }, query: { fields: "id" } })
    return null
  })
}

/**
 * Adds an address to the book, or changes one when the form names its `id`, with the checkout's fields and checks —
 * `POST /store/customers/me/addresses[/:id]`.
 */
export async function saveBookAddressAction(form: FormData): Promise<AccountActionResult> {
  const id = form.get("id")
  const parsedId = id ? idSchema.safeParse(id) : null
  if (parsedId && !parsedId.success) return { error: "invalid_input" }
  const session = await runAccountAction("session", requireSession)
  if (session.error) return session
  // The book has no e-mail of its own: the account's stands in, so the checkout's checks apply unchanged.
  const checked = validateAddress({ ...readAddressValues(form), email: session.data.email })
  if (!checked.values) return { error: "invalid_input", fields: checked.fields }
  const body = toCustomerAddressBody(checked.values, form.get("isDefault") === "on")
  const path = parsedId ? `/store/customers/me/addresses/${parsedId.data}` : "/store/customers/me/addresses"
  return runAccountAction("save address", async () => {
    await customerFetch(session.data.token, path, { method: "POST", body, query: { fields: "id" } })
    return null
  })
}

/** Removes an address from the book — `DELETE /store/customers/me/addresses/:id`. */
export async function deleteBookAddressAction(input: { id: string }): Promise<AccountActionResult> {
  const parsed = idSchema.safeParse(input.id)
  if (!parsed.success) return { error: "invalid_input" }
  return runAccountAction("delete address", async () => {
    const { token } = await requireSession()
    await customerFetch(token, `/store/customers/me/addresses/${parsed.data}`, { method: "DELETE" })
    return null
  })
}

/** Makes an address the default for delivery and billing — `POST /store/customers/me/addresses/:id`. */
export async function setDefaultBookAddressAction(input: { id: string }): Promise<AccountActionResult> {
  const parsed = idSchema.safeParse(input.id)
  if (!parsed.success) return { error: "invalid_input" }
  return runAccountAction("default address", async () => {
    const { token } = await requireSession()
    await customerFetch(token, `/store/customers/me/addresses/${parsed.data}`, {
      method: "POST",
      body: { is_default_shipping: true, is_default_billing: true },
      query: { fields: "id" },
    })
    return null
  })
}

/** Puts a past purchase's items back in the cart, one by one; names those that could not be added (sold out, withdrawn). */
export async function reorderAction(input: { purchaseId: string }): Promise<AccountActionResult<ReorderResult>> {
  const parsed = idSchema.safeParse(input.purchaseId)
  if (!parsed.success) return { error: "invalid_input" }
  return runAccountAction("reorder", async () => {
    const { token } = await requireSession()
    const { purchase } = await customerFetch<{ purchase: unknown }>(token, `/store/purchases/${parsed.data}`)
    const { lines, missing } = toReorderLines(parsePurchase(purchase))
    const skipped = [...missing]
    let added = 0
    // One after another: each call recalculates the same cart.
    for (const line of lines) {
      try {
        await addLineItem(line.variantId, line.quantity)
        added += 1
      } catch {
        skipped.push(line.title)
      }
    }
    return { added, skipped }
  })
}
