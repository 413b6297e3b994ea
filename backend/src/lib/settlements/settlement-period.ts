import { addDays, daysBetween, isCalendarDay, vietnamDay } from "../../modules/ocop/rules/vietnam-day"
import { startOfVietnamDay } from "../traceability/vietnam-time"

/** Longest period one settlement report covers: a year, leap day included. */
export const MAX_SETTLEMENT_DAYS = 366

/** Days in Việt Nam, both included, and the instants they span: from `start` (included) to `end` (excluded). */
export type SettlementPeriod = { from: string; to: string; start: Date; end: Date }

const dayProblem = (label: string, value: string) =>
  isCalendarDay(value) ? null : /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${label} (${value}) is not a day of the calendar.` : `${label} must be a day written YYYY-MM-DD, such as 2026-03-31.`

/**
 * The period a report asks for, in Việt Nam days: `to` defaults to today, `from` to the first day of `to`'s month (so no
 * dates at all means the current month so far). A sentence a person can act on when the days are wrong.
 */
export function settlementPeriod(asked: { from?: string; to?: string }, now: Date = new Date()): SettlementPeriod | { error: string } {
  for (const [label, value] of [["from", asked.from], ["to", asked.to]] as const) {
    const problem = value === undefined ? null : dayProblem(label, value)
    if (problem) return { error: problem }
  }
  const to = asked.to ?? vietnamDay(now)
  const from = asked.from ?? `${to.slice(0, 7)}-01`
  const days = daysBetween(from, to) + 1
  if (days < 1) return { error: `from (${from}) is after to (${to}): a period starts on or before the day it ends.` }
  if (days > MAX_SETTLEMENT_DAYS) return { error: `The period from ${from} to ${to} covers ${days} days; ask for at most ${MAX_SETTLEMENT_DAYS} days at a time.` }
  return { from, to, start: startOfVietnamDay(from), end: startOfVietnamDay(addDays(to, 1)) }
}

/** Whether an instant falls in the period. */
export const inPeriod = (period: SettlementPeriod, at: Date | string) => {
  const time = new Date(at).getTime()
  return time >= period.start.getTime() && time < period.end.getTime()
}
