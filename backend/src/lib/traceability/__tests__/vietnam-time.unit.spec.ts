import { isCalendarDay, startOfVietnamDay, toVietnamIso, vietnamDay } from "../vietnam-time"

describe("Việt Nam time", () => {
  it("puts an instant on its Việt Nam day, which starts at 17:00 UTC the evening before", () => {
    expect(vietnamDay(new Date("2025-06-13T16:59:59Z"))).toBe("2025-06-13")
    expect(vietnamDay(new Date("2025-06-13T17:00:00Z"))).toBe("2025-06-14")
    expect(startOfVietnamDay("2025-06-14").toISOString()).toBe("2025-06-13T17:00:00.000Z")
  })

  it("writes instants with the +07:00 offset", () => {
    expect(toVietnamIso("2025-06-14T01:30:00Z")).toBe("2025-06-14T08:30:00.000+07:00")
    expect(toVietnamIso(new Date("2025-12-31T20:00:00Z"))).toBe("2026-01-01T03:00:00.000+07:00")
  })

  it("accepts only real days written YYYY-MM-DD", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true)
    expect(isCalendarDay("2025-02-29")).toBe(false)
    expect(isCalendarDay("2025-6-1")).toBe(false)
    expect(isCalendarDay("14/06/2025")).toBe(false)
  })
})
