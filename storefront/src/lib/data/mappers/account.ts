import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import type { AccountErrorCode, AccountField, CustomerView, ReorderLine } from "../account-views"
import type { CheckoutAddressValues, ForeignAddressValues, SavedAddressView } from "../checkout-views"
import { normalizeMobilePhone, splitFullName, toAddressValues, toCartAddress } from "./checkout-address"
import type { purchaseSchema } from "./purchase"

/** Shortest password the shop accepts. */
export const MIN_PASSWORD_LENGTH = 8

const tidy = (value: unknown) => (typeof value === "string" ? value.normalize("NFC").replace(/\s+/g, " ").trim() : "")

const fullName = z.string().min(1, { error: "name_required" }).max(200, { error: "name_required" })
const email = z.email({ error: "email_invalid" }).max(200, { error: "email_invalid" })
// Optional: an empty phone is kept empty, anything else must be a Vietnamese mobile number.
const phone = z.string().transform((value, ctx) => {
  if (value === "") return ""
  const normalized = normalizeMobilePhone(value)
  if (!normalized) ctx.addIssue({ code: "custom", message: "phone_invalid" })
  return normalized ?? ""
})

/** Register form: name, e-mail, password, optional mobile number. */
export const registerSchema = z
  .object({ fullName, email, password: z.string().min(MIN_PASSWORD_LENGTH, { error: "password_too_short" }).max(200, { error: "password_too_short" }), phone })
  .strict()
/** Sign-in form. */
export const signInSchema = z.object({ email, password: z.string().min(1, { error: "invalid_credentials" }).max(200, { error: "invalid_credentials" }) }).strict()
/** Profile form: name and optional mobile number. */
export const profileSchema = z.object({ fullName, phone }).strict()

type FieldErrors = Partial<Record<AccountField, AccountErrorCode>>

/** Reads and checks an account form; returns the values or, per refused field, why. */
export function readAccountForm<S extends z.ZodType>(schema: S, source: FormData | Record<string, unknown>, fields: readonly AccountField[]) {
  const raw = Object.fromEntries(
    fields.map((field) => {
      const value = source instanceof FormData ? source.get(field) : source[field]
      // Passwords are taken as typed; the other fields are tidied and e-mails lower-cased.
      return [field, field === "password" ? (typeof value === "string" ? value : "") : field === "email" ? tidy(value).toLowerCase() : tidy(value)]
    })
  )
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { values: parsed.data as z.infer<S>, fields: null }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as AccountField
    errors[field] ??= issue.message as AccountErrorCode
  }
  return { values: null, fields: errors }
}

const customerSchema = z.object({
  id: z.string(),
  email: z.string(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  phone: z.string().nullish(),
})

/** `GET /store/customers/me` → the shopper; names are stored family name first as in checkout. */
export function toCustomerView(data: unknown): CustomerView {
  const customer = customerSchema.parse(data)
  return {
    id: customer.id,
    email: customer.email,
    fullName: [customer.last_name, customer.first_name].map(tidy).filter(Boolean).join(" "),
    phone: customer.phone ?? "",
  }
}

/** The profile update for checked form values. */
export function toCustomerUpdate(values: { fullName: string; phone: string }): HttpTypes.StoreUpdateCustomer {
  return { ...splitFullName(values.fullName), phone: values.phone || null } as HttpTypes.StoreUpdateCustomer
}

type CustomerAddress = Pick<HttpTypes.StoreCustomerAddress, "id" | "first_name" | "last_name" | "phone" | "address_1" | "city" | "province" | "is_default_shipping">

/** An address book entry as checkout and address book show it; the default first. */
export function toSavedAddresses(addresses: readonly CustomerAddress[], email: string): SavedAddressView[] {
  return [...addresses]
    .sort((a, b) => Number(!!b.is_default_shipping) - Number(!!a.is_default_shipping))
    .map((address) => {
      const { first_name, last_name, phone, address_1, city, province } = address
      const values = toAddressValues(email, { first_name, last_name, phone, address_1, city, province } as Parameters<typeof toAddressValues>[1])
      return { id: address.id, isDefault: !!address.is_default_shipping, values, label: [values.fullName, values.street, values.commune, values.province].filter(Boolean).join(", ") }
    })
}

/** The Medusa customer address for checked values, the same fields the checkout saves on a cart. */
export function toCustomerAddressBody(values: CheckoutAddressValues, isDefault: boolean) {
  return { ...toCartAddress(values), is_default_shipping: isDefault, is_default_billing: isDefault }
}

/** What the checkout's address step starts with: the cart's, else the default saved address, else the profile. */
export function prefillCheckoutAddress(cart: CheckoutAddressValues, customer: CustomerView | null, saved: readonly SavedAddressView[]): CheckoutAddressValues {
  if (!customer) return cart
  const hasAddress = cart.street !== "" || cart.province !== ""
  if (hasAddress) return { ...cart, email: cart.email || customer.email }
  const base = saved[0]?.values ?? { ...cart, fullName: customer.fullName, phone: customer.phone }
  return { ...base, email: cart.email || customer.email }
}

/**
 * What the address step abroad starts with for a signed-in shopper: the cart's, with their e-mail, and their name when
 * the cart has no address yet. Their phone and saved addresses are Vietnamese, so they are not offered abroad.
 */
export function prefillForeignAddress(cart: ForeignAddressValues, customer: CustomerView | null): ForeignAddressValues {
  if (!customer) return cart
  const hasAddress = cart.street !== "" || cart.country !== ""
  return { ...cart, email: cart.email || customer.email, fullName: hasAddress ? cart.fullName : cart.fullName || customer.fullName }
}

/** The lines a re-order puts back: one per variant, quantities added up; lines without a variant (deleted since) are named as skipped. */
export function toReorderLines(purchase: z.infer<typeof purchaseSchema>): { lines: ReorderLine[]; missing: string[] } {
  const lines = new Map<string, ReorderLine>()
  const missing: string[] = []
  for (const item of (purchase.orders ?? []).flatMap((o) => o.items ?? [])) {
    const title = [item.title, item.variant_title].filter(Boolean).join(" — ")
    const quantity = Math.max(1, Math.round(item.quantity ?? 1))
    if (!item.variant_id) {
      missing.push(title)
      continue
    }
    const line = lines.get(item.variant_id)
    lines.set(item.variant_id, { variantId: item.variant_id, title, quantity: (line?.quantity ?? 0) + quantity })
  }
  return { lines: [...lines.values()], missing }
}
