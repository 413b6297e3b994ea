/** Days of certificates and lots are days in Việt Nam, whatever the server's time zone. */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh"

// Asia/Ho_Chi_Minh has kept UTC+7, without daylight saving, since 1975.
const VIETNAM_OFFSET_MINUTES = 7 * 60
const DAY_MS = 24 * 60 * 60 * 1000
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })

/** The day (`YYYY-MM-DD`) it is in Việt Nam at this instant. */
export function vietnamDay(now: Date | string = new Date()): string {
  const instant = typeof now === "string" ? new Date(now) : now
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${String(now)}" is not a date and time.`)
  return dayFormat.format(instant)
}

/** Whether a text is a real calendar day written `YYYY-MM-DD` (2025-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const toUtc = (day: string) => {
  if (!isCalendarDay(day)) throw new RangeError(`"${day}" is not a day written YYYY-MM-DD.`)
  const [year, month, date] = day.split("-").map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, date)
}

const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The same day `months` months later; a day the later month lacks (31st, 29 February) becomes its last day. */
export function addMonths(day: string, months: number): string {
  const start = new Date(toUtc(day))
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay))
  return fromUtc(target.getTime())
}

/** The day `days` days after (or before, when negative) a day. */
export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS)
}

/** Whole days from one day to another: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

/**
 * A daily cron expression, in the server's local time, that fires at `hour:minute` in Việt Nam. Medusa's scheduler
 * reads cron in the server's time zone; `serverOffsetMinutes` is the server's offset from UTC (east positive).
 */
export function dailyCronAtVietnamTime(hour: number, minute: number, serverOffsetMinutes = -new Date().getTimezoneOffset()): string {
  const minutesOfDay = (((hour * 60 + minute - VIETNAM_OFFSET_MINUTES + serverOffsetMinutes) % 1440) + 1440) % 1440
  return `${minutesOfDay % 60} ${Math.floor(minutesOfDay / 60)} * * *`
}
