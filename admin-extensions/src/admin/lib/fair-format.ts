/** Fairs happen in Việt Nam: their times are entered and shown in its time (UTC+7, no daylight saving). */
export const FAIR_TIME_ZONE = "Asia/Ho_Chi_Minh"
const OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000
/** A report chart shows at most this many days, so a long fair still reads. */
const MAX_CHART_DAYS = 62

const intlLocale = (language: string | undefined) => (language?.startsWith("en") ? "en-GB" : "vi-VN")

/** A `datetime-local` value (Việt Nam time) as the instant the API takes, e.g. 2026-12-05T08:00:00+07:00; "" stays "". */
export function toFairInstant(local: string): string {
  if (!local) return ""
  return `${local.length === 16 ? `${local}:00` : local.slice(0, 19)}+07:00`
}

/** An instant as a `datetime-local` value in Việt Nam time, for editing. */
export function toLocalInput(instant: string | null | undefined): string {
  if (!instant) return ""
  return new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 16)
}

/** A date and time in Việt Nam time, in the admin's language. */
export function formatFairTime(instant: string | null | undefined, language: string | undefined) {
  if (!instant) return "—"
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeStyle: "short", timeZone: FAIR_TIME_ZONE }).format(new Date(instant))
}

/** A `YYYY-MM-DD` day, short, as chart labels show it. */
export function formatShortDay(day: string, language: string | undefined) {
  return new Intl.DateTimeFormat(intlLocale(language), { day: "2-digit", month: "2-digit", timeZone: "UTC" }).format(new Date(day))
}

/** Amounts in đồng, with the currency sign. */
export const formatVnd = (amount: number, language: string | undefined) =>
  new Intl.NumberFormat(intlLocale(language), { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)

/** The fair's name in the admin's language. */
export const fairName = (fair: { name_vi: string; name_en: string }, language: string | undefined) =>
  language?.startsWith("en") ? fair.name_en || fair.name_vi : fair.name_vi

/** A slug suggested from a Vietnamese name: "Hội chợ OCOP 2026" → "hoi-cho-ocop-2026". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "")
}

const vietnamDay = (instant: string) => new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 10)

type DayRow = { day: string; visits: number; orders: number; revenue: number; leads: number }

/** Every day of the fair (Việt Nam days) plus any other day with activity, zeros where nothing happened, in order. */
export function chartDays(fair: { starts_at: string; ends_at: string }, byDay: DayRow[]): DayRow[] {
  const rows = new Map(byDay.map((d) => [d.day, d]))
  const first = new Date(vietnamDay(fair.starts_at)).getTime()
  const last = new Date(vietnamDay(fair.ends_at)).getTime()
  for (let t = first, n = 0; t <= last && n < MAX_CHART_DAYS; t += DAY_MS, n++) {
    const day = new Date(t).toISOString().slice(0, 10)
    if (!rows.has(day)) rows.set(day, { day, visits: 0, orders: 0, revenue: 0, leads: 0 })
  }
  return [...rows.values()].sort((a, b) => a.day.localeCompare(b.day))
}
