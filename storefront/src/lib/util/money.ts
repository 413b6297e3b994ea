import { toIntlLocale } from "./intl-locale"

// ICU versions differ in which space they put before "₫" (U+00A0 or U+202F); shoppers always get U+00A0.
const INTL_SPACES = /[\u00a0\u202f\u2009]/g
const NO_BREAK_SPACE = "\u00a0"

const formatters = new Map<string, Intl.NumberFormat>()

function getFormatter(currencyCode: string, locale: string): Intl.NumberFormat {
  const key = `${locale}:${currencyCode}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(toIntlLocale(locale), {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** Number of minor-unit digits of a currency (VND 0, USD 2), as Intl knows it. */
export function currencyDigits(currencyCode: string): number {
  return getFormatter(currencyCode, "vi").resolvedOptions().maximumFractionDigits ?? 0
}

/** Converts an amount in main units (Medusa's 8.99 dollars, 125000 đồng) to integer minor units. */
export function toMinorUnits(amount: number, currencyCode: string): number {
  return Math.round(amount * 10 ** currencyDigits(currencyCode))
}

/** Writes integer minor units as an exact decimal string ("899" cents → "8.99"), so no float reaches Intl. */
function minorUnitsToDecimal(minor: number, digits: number): `${number}` {
  const sign = minor < 0 ? "-" : ""
  const abs = String(Math.abs(minor))
  if (digits === 0) return `${sign}${abs}` as `${number}`
  const padded = abs.padStart(digits + 1, "0")
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}` as `${number}`
}

/** Formats a Medusa amount (main units) for shoppers: 125000 VND in vi → "125.000 ₫", 8.99 USD in en → "$8.99". */
export function formatMoney(amount: number, currencyCode: string, locale: string): string {
  const digits = currencyDigits(currencyCode)
  const minor = toMinorUnits(amount, currencyCode)
  return getFormatter(currencyCode, locale)
    .format(minorUnitsToDecimal(minor, digits))
    .replace(INTL_SPACES, NO_BREAK_SPACE)
}
