import { toIntlLocale } from "./intl-locale"

// The shop and its cooperatives are in Vietnam, so dates are read in Vietnam's time zone on every server.
const SHOP_TIME_ZONE = "Asia/Ho_Chi_Minh"

/** Formats a date for shoppers in the shop's time zone (default: "23 tháng 11, 2025" / "November 23, 2025"). */
export function formatDate(
  value: Date | string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" }
): string {
  const date = typeof value === "string" ? new Date(value) : value
  return new Intl.DateTimeFormat(toIntlLocale(locale), { ...options, timeZone: SHOP_TIME_ZONE }).format(date)
}
