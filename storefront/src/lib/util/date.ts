import { toIntlLocale } from "./intl-locale"

// The shop and its cooperatives are in Vietnam, so dates are read in Vietnam's time zone on every server.
export const SHOP_TIME_ZONE = "Asia/Ho_Chi_Minh"

/** Formats a date for shoppers in the shop's time zone (default: "23 tháng 11, 2025" / "November 23, 2025"). */
export function formatDate(
  value: Date | string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" }
): string {
  const date = typeof value === "string" ? new Date(value) : value
  return new Intl.DateTimeFormat(toIntlLocale(locale), { ...options, timeZone: SHOP_TIME_ZONE }).format(date)
}

// A delivery day is short and names its weekday: "Thứ Năm, 26/11" in Vietnamese, "Thu 26 Nov" in English (British order,
// which reads like the Vietnamese one: weekday, day, month).
const DELIVERY_DAY_FORMATS: Record<string, [string, Intl.DateTimeFormatOptions]> = {
  vi: ["vi-VN", { weekday: "long", day: "2-digit", month: "2-digit" }],
  en: ["en-GB", { weekday: "short", day: "numeric", month: "short" }],
}

/** Formats a calendar day in the shop's time zone as a delivery estimate names it: "Thứ Năm, 26/11" / "Thu 26 Nov". */
export function formatDeliveryDay(value: Date, locale: string): string {
  const [intlLocale, options] = DELIVERY_DAY_FORMATS[locale] ?? DELIVERY_DAY_FORMATS.vi!
  return new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: SHOP_TIME_ZONE }).format(value)
}
