import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatDate } from "../date"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

void describe("formatDate", () => {
  void it("reads instants in Vietnam time, so late UTC evenings are the next day", () => {
    // 2025-07-01 18:30 UTC is 01:30 on 2 July in Hà Nội.
    assert.equal(formatDate("2025-07-01T18:30:00Z", "en"), "July 2, 2025")
    assert.match(formatDate("2025-07-01T18:30:00Z", "vi"), /^2 tháng 7, 2025$/)
  })

  void it("accepts Intl options, e.g. the year alone", () => {
    assert.equal(formatDate(new Date("2025-12-31T20:00:00Z"), "vi", { year: "numeric" }), "2026")
  })
})
