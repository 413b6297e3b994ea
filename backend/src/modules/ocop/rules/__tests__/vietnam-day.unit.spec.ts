import { addDays, addMonths, dailyCronAtVietnamTime, daysBetween, isCalendarDay, vietnamDay } from "../vietnam-day"

describe("vietnamDay", () => {
  it("is the day in Asia/Ho_Chi_Minh, seven hours ahead of UTC", () => {
    expect(vietnamDay("2026-03-13T16:59:59Z")).toBe("2026-03-13")
    expect(vietnamDay("2026-03-13T17:00:00Z")).toBe("2026-03-14")
    expect(vietnamDay(new Date("2026-12-31T23:30:00-05:00"))).toBe("2027-01-01")
  })

  it("refuses a text that is not a date and time", () => {
    expect(() => vietnamDay("hôm nay")).toThrow(/not a date and time/)
  })
})

describe("isCalendarDay", () => {
  it.each(["2024-02-29", "2025-12-31", "2026-01-01"])("accepts %s", (day) => expect(isCalendarDay(day)).toBe(true))
  it.each(["2025-02-29", "2025-13-01", "2025-04-31", "25-01-01", "2025-1-1", "2025-01-01T00:00:00Z", ""])("refuses %s", (day) =>
    expect(isCalendarDay(day)).toBe(false)
  )
})

describe("addMonths, addDays and daysBetween", () => {
  it("adds 36 months to the same day, or the month's last day when it lacks that day", () => {
    expect(addMonths("2025-03-14", 36)).toBe("2028-03-14")
    expect(addMonths("2024-02-29", 36)).toBe("2027-02-28")
    expect(addMonths("2025-08-31", 1)).toBe("2025-09-30")
  })

  it("counts whole days across months and years", () => {
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1)
    expect(daysBetween("2028-03-14", "2028-01-14")).toBe(-60)
    expect(addDays("2028-03-14", -60)).toBe("2028-01-14")
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
  })
})

describe("dailyCronAtVietnamTime", () => {
  it("turns 00:05 in Việt Nam into the server's local time", () => {
    expect(dailyCronAtVietnamTime(0, 5, 0)).toBe("5 17 * * *")
    expect(dailyCronAtVietnamTime(0, 5, 7 * 60)).toBe("5 0 * * *")
    expect(dailyCronAtVietnamTime(0, 5, 5 * 60 + 30)).toBe("35 22 * * *")
    expect(dailyCronAtVietnamTime(0, 5, -5 * 60)).toBe("5 12 * * *")
  })
})
