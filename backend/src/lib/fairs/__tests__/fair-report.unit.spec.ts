import { fairReportCsv, vietnamDay } from "../fair-report"

const report = (cooperative: string) => ({
  total: { visits: 3, orders: 1, revenue: 270000, leads: 1 },
  by_booth: [{ code: "A01", cooperative, visits: 3, orders: 1, revenue: 270000, leads: 1 }],
  by_day: [{ day: "2026-11-23", visits: 3, orders: 1, revenue: 270000, leads: 1 }],
})

describe("a fair's report", () => {
  it("counts days as Việt Nam has them", () => {
    expect(vietnamDay("2026-11-23T16:59:59Z")).toBe("2026-11-23")
    expect(vietnamDay("2026-11-23T17:00:00Z")).toBe("2026-11-24")
  })

  it("as CSV: a byte order mark for Excel, a header, a line per booth and per day, the total; quoted where needed", () => {
    expect(fairReportCsv(report('HTX "Chè", Lũng Phìn')).split("\n")).toEqual([
      "\uFEFFsection,booth,cooperative,day,visits,orders,revenue_vnd,leads",
      'booth,A01,"HTX ""Chè"", Lũng Phìn",,3,1,270000,1',
      "day,,,2026-11-23,3,1,270000,1",
      "total,,,,3,1,270000,1",
      "",
    ])
  })

  it("never lets a spreadsheet run a name as a formula", () => {
    expect(fairReportCsv(report("=HYPERLINK(\"http://x\")"))).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(fairReportCsv(report("+84 HTX"))).toContain(",'+84 HTX,")
  })
})
