import type { HttpTypes } from "@medusajs/types"
import { findCommune } from "../../util/communes"
import { isProvince } from "../../util/provinces"
import type { AddressFieldErrors, CheckoutAddressValues } from "../checkout-views"

// Mobile prefixes since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x, then seven digits.
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MAX_TEXT = 200

/** The country every checkout address is in (the Việt Nam region). */
export const CHECKOUT_COUNTRY = "vn"

/** A Vietnamese mobile number in national form (0xxxxxxxxx) from what people type (+84, 84, spaces, dots, dashes); null when it is not one. */
export function normalizeMobilePhone(input: string): string | null {
  const compact = input.replace(/[\s.()-]/g, "")
  const national = compact.startsWith("+84")
    ? `0${compact.slice(3)}`
    : compact.startsWith("84") && compact.length === 11
      ? `0${compact.slice(2)}`
      : compact
  return MOBILE.test(national) ? national : null
}

/** Splits a Vietnamese full name, family name first: "Nguyễn Văn An" → family "Nguyễn Văn", given "An". */
export function splitFullName(fullName: string): { first_name: string; last_name: string } {
  const parts = fullName.split(" ").filter(Boolean)
  return { first_name: parts.at(-1) ?? "", last_name: parts.slice(0, -1).join(" ") }
}

const tidy = (value: unknown) => (typeof value === "string" ? value.normalize("NFC").replace(/\s+/g, " ").trim() : "")

/** The address form's values from a FormData or plain object, tidied (NFC, single spaces). */
export function readAddressValues(source: FormData | Record<string, unknown>): CheckoutAddressValues {
  const get = (key: string) => tidy(source instanceof FormData ? source.get(key) : source[key])
  return {
    email: get("email").toLowerCase(),
    fullName: get("fullName"),
    phone: get("phone"),
    province: get("province"),
    commune: get("commune"),
    street: get("street"),
  }
}

/**
 * Checks the address form; returns the values to save (phone normalised, commune in its official spelling) or the
 * refused fields. The commune must be one of the chosen province's since 1 July 2025.
 */
export function validateAddress(values: CheckoutAddressValues): { values: CheckoutAddressValues; fields: null } | { values: null; fields: AddressFieldErrors } {
  const fields: AddressFieldErrors = {}
  const phone = normalizeMobilePhone(values.phone)
  const province = isProvince(values.province)
  const commune = province ? findCommune(values.province, values.commune) : null
  if (!EMAIL.test(values.email) || values.email.length > MAX_TEXT) fields.email = "email_invalid"
  if (!values.fullName || values.fullName.length > MAX_TEXT) fields.fullName = "name_required"
  if (!phone) fields.phone = "phone_invalid"
  if (!province) fields.province = "province_invalid"
  if (!values.commune || values.commune.length > MAX_TEXT) fields.commune = "commune_required"
  // With no province chosen, the province's own message says what to do first.
  else if (province && !commune) fields.commune = "commune_not_in_province"
  if (!values.street || values.street.length > MAX_TEXT) fields.street = "street_required"
  if (Object.keys(fields).length > 0 || !phone || !commune) return { values: null, fields }
  return { values: { ...values, phone, commune }, fields: null }
}

/** The Medusa address for checked values: street in address_1, commune in city (there are no districts since 2025). */
export function toCartAddress(values: CheckoutAddressValues): HttpTypes.StoreAddAddress {
  return {
    ...splitFullName(values.fullName),
    phone: values.phone,
    address_1: values.street,
    city: values.commune,
    province: values.province,
    country_code: CHECKOUT_COUNTRY,
  }
}

/** The update that saves contact and address on the cart; billing goes to the same address (cash on delivery). */
export function toCartAddressUpdate(values: CheckoutAddressValues): HttpTypes.StoreUpdateCart {
  const address = toCartAddress(values)
  return { email: values.email, shipping_address: address, billing_address: address }
}

type CartAddress = Pick<HttpTypes.StoreCartAddress, "first_name" | "last_name" | "phone" | "address_1" | "city" | "province"> | null | undefined

/** The form's values from what the cart already holds; empty strings where nothing is saved. */
export function toAddressValues(email: string | null | undefined, address: CartAddress): CheckoutAddressValues {
  return {
    email: email ?? "",
    fullName: [address?.last_name, address?.first_name].map(tidy).filter(Boolean).join(" "),
    phone: address?.phone ?? "",
    province: address?.province ?? "",
    commune: address?.city ?? "",
    street: address?.address_1 ?? "",
  }
}

/** Whether saved values would pass the form's checks, so the address step counts as done; a commune no longer in the list reopens it. */
export function isAddressComplete(values: CheckoutAddressValues): boolean {
  return validateAddress(values).fields === null
}
