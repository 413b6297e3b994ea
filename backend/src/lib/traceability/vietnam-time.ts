/** Việt Nam's time zone: days such as production and expiry dates are days here. */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh"

/** Việt Nam's UTC offset as EPCIS writes it (no daylight saving time). */
export const VIETNAM_OFFSET = "+07:00"

const OFFSET_MS = 7 * 60 * 60 * 1000
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })

/** The day (`YYYY-MM-DD`) an instant falls on in Việt Nam. */
export function vietnamDay(at: Date | string = new Date()): string {
  return dayFormat.format(new Date(at))
}

/** The instant a Việt Nam day begins. */
export function startOfVietnamDay(day: string): Date {
  return new Date(`${day}T00:00:00${VIETNAM_OFFSET}`)
}

/** An instant written in Việt Nam time, e.g. `2025-06-14T08:30:00.000+07:00`. */
export function toVietnamIso(at: Date | string): string {
  return new Date(new Date(at).getTime() + OFFSET_MS).toISOString().replace("Z", VIETNAM_OFFSET)
}

/** Whether text is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}
