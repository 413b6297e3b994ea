import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { deliveryWindow, formatDeliveryWindow } from "../delivery-window"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

const estimate = (now: string, days: { min: number; max: number }, locale: string) => formatDeliveryWindow(deliveryWindow(days, new Date(now)), locale)

void describe("deliveryWindow", () => {
  void it("counts delivery days from today in Vietnam, named in Vietnamese and in English", () => {
    // Tuesday 24 November 2026, 10:00 in Hà Nội.
    assert.deepEqual(estimate("2026-11-24T03:00:00Z", { min: 2, max: 4 }, "vi"), { from: "Thứ Năm, 26/11", to: "Thứ Bảy, 28/11" })
    assert.deepEqual(estimate("2026-11-24T03:00:00Z", { min: 2, max: 4 }, "en"), { from: "Thu 26 Nov", to: "Sat 28 Nov" })
  })

  void it("rolls over the end of a month and of a year", () => {
    assert.deepEqual(estimate("2026-11-28T03:00:00Z", { min: 2, max: 4 }, "vi"), { from: "Thứ Hai, 30/11", to: "Thứ Tư, 02/12" })
    assert.deepEqual(estimate("2026-11-28T03:00:00Z", { min: 2, max: 4 }, "en"), { from: "Mon 30 Nov", to: "Wed 2 Dec" })
    assert.deepEqual(estimate("2026-12-27T03:00:00Z", { min: 7, max: 14 }, "en"), { from: "Sun 3 Jan", to: "Sun 10 Jan" })
  })

  void it("takes today as Vietnam's day, not the server's: 18:30 UTC is already tomorrow in Hà Nội", () => {
    // 30 November 18:30 UTC is 1 December 01:30 in Vietnam.
    assert.deepEqual(estimate("2026-11-30T18:30:00Z", { min: 2, max: 4 }, "vi"), { from: "Thứ Năm, 03/12", to: "Thứ Bảy, 05/12" })
    // One minute before midnight in Vietnam is still 30 November there.
    assert.deepEqual(estimate("2026-11-30T16:59:00Z", { min: 2, max: 4 }, "en"), { from: "Wed 2 Dec", to: "Fri 4 Dec" })
  })

  void it("handles a leap day", () => {
    assert.deepEqual(estimate("2028-02-27T03:00:00Z", { min: 2, max: 3 }, "en"), { from: "Tue 29 Feb", to: "Wed 1 Mar" })
  })
})
