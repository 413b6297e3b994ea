import type { HttpTypes } from "@medusajs/types"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min"
import type { ForeignAddressFieldErrors, ForeignAddressValues } from "../checkout-views"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$/
const MAX_TEXT = 200
const MAX_STATE = 100

const tidy = (value: unknown) => (typeof value === "string" ? value.normalize("NFC").replace(/\s+/g, " ").trim() : "")

/** The foreign address form's values from a FormData or plain object, tidied (NFC, single spaces, country in lower case). */
export function readForeignAddressValues(source: FormData | Record<string, unknown>): ForeignAddressValues {
  const get = (key: string) => tidy(source instanceof FormData ? source.get(key) : source[key])
  return {
    email: get("email").toLowerCase(),
    fullName: get("fullName"),
    phone: get("phone"),
    country: get("country").toLowerCase(),
    street: get("street"),
    city: get("city"),
    state: get("state"),
    postalCode: get("postalCode").toUpperCase(),
  }
}

/** A phone number valid in the given country (or written with its own +code), in international form; null otherwise. */
export function normalizeForeignPhone(input: string, country: string): string | null {
  const parsed = parsePhoneNumberFromString(input, country.toUpperCase() as CountryCode)
  return parsed?.isValid() ? parsed.number : null
}

/**
 * Checks an address abroad against the countries the cart's region ships to; returns the values to save (phone in
 * international form) or the refused fields.
 */
export function validateForeignAddress(
  values: ForeignAddressValues,
  countries: readonly string[]
): { values: ForeignAddressValues; fields: null } | { values: null; fields: ForeignAddressFieldErrors } {
  const fields: ForeignAddressFieldErrors = {}
  const countryOk = countries.includes(values.country)
  const phone = countryOk ? normalizeForeignPhone(values.phone, values.country) : null
  if (!EMAIL.test(values.email) || values.email.length > MAX_TEXT) fields.email = "email_invalid"
  if (!values.fullName || values.fullName.length > MAX_TEXT) fields.fullName = "name_required"
  if (!countryOk) fields.country = "country_invalid"
  else if (!phone) fields.phone = "phone_invalid_abroad"
  if (!values.street || values.street.length > MAX_TEXT) fields.street = "street_required"
  if (!values.city || values.city.length > MAX_TEXT) fields.city = "city_required"
  if (values.state.length > MAX_STATE) fields.state = "state_invalid"
  if (!POSTAL_CODE.test(values.postalCode)) fields.postalCode = "postal_code_invalid"
  if (Object.keys(fields).length > 0 || !phone) return { values: null, fields }
  return { values: { ...values, phone }, fields: null }
}

/** Splits a name written given name first, as most countries abroad do: "Anna Maria Smith" → given "Anna", family "Maria Smith". */
export function splitGivenFirst(fullName: string): { first_name: string; last_name: string } {
  const parts = fullName.split(" ").filter(Boolean)
  return { first_name: parts[0] ?? "", last_name: parts.slice(1).join(" ") }
}

/** The Medusa address for checked values abroad: given name first, as most countries write it. */
export function toForeignCartAddress(values: ForeignAddressValues): HttpTypes.StoreAddAddress {
  return {
    ...splitGivenFirst(values.fullName),
    phone: values.phone,
    address_1: values.street,
    city: values.city,
    province: values.state || undefined,
    postal_code: values.postalCode,
    country_code: values.country,
  }
}

/** The update that saves contact and foreign address on the cart, as shipping and billing address. */
export function toForeignCartAddressUpdate(values: ForeignAddressValues): HttpTypes.StoreUpdateCart {
  const address = toForeignCartAddress(values)
  return { email: values.email, shipping_address: address, billing_address: address }
}

type CartAddress =
  | Pick<HttpTypes.StoreCartAddress, "first_name" | "last_name" | "phone" | "address_1" | "city" | "province" | "postal_code" | "country_code">
  | null
  | undefined

/** The foreign form's values from what the cart holds; a Vietnamese address (or none) leaves the address fields empty. */
export function toForeignAddressValues(email: string | null | undefined, address: CartAddress): ForeignAddressValues {
  const abroad = !!address?.country_code && address.country_code.toLowerCase() !== "vn"
  return {
    email: email ?? "",
    fullName: abroad ? [address?.first_name, address?.last_name].map(tidy).filter(Boolean).join(" ") : "",
    phone: abroad ? (address?.phone ?? "") : "",
    country: abroad ? (address?.country_code ?? "").toLowerCase() : "",
    street: abroad ? (address?.address_1 ?? "") : "",
    city: abroad ? (address?.city ?? "") : "",
    state: abroad ? (address?.province ?? "") : "",
    postalCode: abroad ? (address?.postal_code ?? "") : "",
  }
}

/** Whether saved values abroad would pass the form's checks, so the address step counts as done. */
export function isForeignAddressComplete(values: ForeignAddressValues, countries: readonly string[]): boolean {
  return validateForeignAddress(values, countries).fields === null
}

/** The countries a region ships to, named in the shop's language and sorted by that name. */
export function toCountryOptions(codes: readonly string[], locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "region" })
  return codes
    .map((code) => ({ code: code.toLowerCase(), name: names.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}
