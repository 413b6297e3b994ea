import { inPeriod, MAX_SETTLEMENT_DAYS, settlementPeriod, type SettlementPeriod } from "../settlement-period"

// 10:00 on 14 March 2026 in Việt Nam.
const NOW = new Date("2026-03-14T03:00:00Z")

const period = (asked: { from?: string; to?: string }, now = NOW) => {
  const result = settlementPeriod(asked, now)
  if ("error" in result) throw new Error(result.error)
  return result
}
const error = (asked: { from?: string; to?: string }) => (settlementPeriod(asked, NOW) as { error?: string }).error

describe("a settlement period", () => {
  it("is the current month so far by default, in Việt Nam days", () => {
    expect(period({})).toMatchObject({ from: "2026-03-01", to: "2026-03-14" })
    // 00:30 on 1 April in Việt Nam is still 31 March in UTC; the report follows Việt Nam.
    expect(period({}, new Date("2026-03-31T17:30:00Z"))).toMatchObject({ from: "2026-04-01", to: "2026-04-01" })
  })

  it("fills a missing end with today and a missing start with the first day of the end's month", () => {
    expect(period({ from: "2026-02-10" })).toMatchObject({ from: "2026-02-10", to: "2026-03-14" })
    expect(period({ to: "2026-01-20" })).toMatchObject({ from: "2026-01-01", to: "2026-01-20" })
  })

  it("runs from midnight of its first day to midnight after its last day, Việt Nam time", () => {
    const p = period({ from: "2026-03-01", to: "2026-03-31" })
    expect(p.start.toISOString()).toBe("2026-02-28T17:00:00.000Z")
    expect(p.end.toISOString()).toBe("2026-03-31T17:00:00.000Z")
  })

  it("holds an order placed at 23:30 on its last day, not one placed at 00:00 the next day", () => {
    const p: SettlementPeriod = period({ from: "2026-03-01", to: "2026-03-31" })
    expect(inPeriod(p, "2026-03-31T23:30:00+07:00")).toBe(true)
    expect(inPeriod(p, "2026-04-01T00:00:00+07:00")).toBe(false)
    expect(inPeriod(p, "2026-03-01T00:00:00+07:00")).toBe(true)
    expect(inPeriod(p, "2026-02-28T23:59:59+07:00")).toBe(false)
  })

  it("may be a single day, or up to a year with a leap day", () => {
    expect(period({ from: "2026-03-05", to: "2026-03-05" })).toMatchObject({ from: "2026-03-05", to: "2026-03-05" })
    expect(period({ from: "2024-01-01", to: "2024-12-31" })).toMatchObject({ to: "2024-12-31" })
  })

  it("is refused with a sentence when the days are wrong", () => {
    expect(error({ from: "2026-03-10", to: "2026-03-01" })).toBe("from (2026-03-10) is after to (2026-03-01): a period starts on or before the day it ends.")
    expect(error({ from: "2026-04-01" })).toMatch(/from \(2026-04-01\) is after to \(2026-03-14\)/)
    expect(error({ from: "2024-01-01", to: "2025-01-01" })).toBe(`The period from 2024-01-01 to 2025-01-01 covers 367 days; ask for at most ${MAX_SETTLEMENT_DAYS} days at a time.`)
    expect(error({ from: "2026-02-30" })).toBe("from (2026-02-30) is not a day of the calendar.")
    expect(error({ to: "31/03/2026" })).toBe("to must be a day written YYYY-MM-DD, such as 2026-03-31.")
    expect(error({ from: "2026-03-01T00:00:00Z" })).toMatch(/^from must be a day written YYYY-MM-DD/)
  })
})
