import { formatDeliveryDay, SHOP_TIME_ZONE } from "./date"

/** How many days a parcel takes: the fewest and the most. */
export type DeliveryDays = { min: number; max: number }

/** The first and last day a parcel may arrive, as instants at noon in Vietnam (so any formatter in that zone reads the right day). */
export type DeliveryWindow = { from: Date; to: Date }

const dayParts = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })

// Vietnam is UTC+7 all year (no summer time): noon there is 05:00 UTC.
const NOON_IN_VIETNAM_UTC_HOUR = 5

/** Today's date in Vietnam plus some days, at noon Vietnam time; Date.UTC rolls over month and year ends. */
function vietnamDayPlus(now: Date, days: number): Date {
  const parts = Object.fromEntries(dayParts.formatToParts(now).map((p) => [p.type, p.value]))
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) + days, NOON_IN_VIETNAM_UTC_HOUR))
}

/** When a parcel sent today (in Vietnam) arrives: today + the fewest days to today + the most. */
export function deliveryWindow(days: DeliveryDays, now: Date = new Date()): DeliveryWindow {
  return { from: vietnamDayPlus(now, days.min), to: vietnamDayPlus(now, days.max) }
}

/** The window's two days as a shopper reads them: "Thứ Năm, 26/11" and "Thứ Bảy, 28/11" / "Thu 26 Nov" and "Sat 28 Nov". */
export function formatDeliveryWindow(window: DeliveryWindow, locale: string): { from: string; to: string } {
  return { from: formatDeliveryDay(window.from, locale), to: formatDeliveryDay(window.to, locale) }
}
