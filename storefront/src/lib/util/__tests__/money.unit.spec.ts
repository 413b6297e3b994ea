import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { currencyDigits, formatMoney, toMinorUnits } from "../money"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
// What a shopper sees: digits, then a no-break space (U+00A0), then the currency sign.
const NBSP = "\u00a0"

void describe("formatMoney", () => {
  void it("shows whole đồng with dot grouping and ₫ after a no-break space in Vietnamese", () => {
    assert.equal(formatMoney(125000, "vnd", "vi"), `125.000${NBSP}₫`)
    assert.equal(formatMoney(1250000, "VND", "vi"), `1.250.000${NBSP}₫`)
  })

  void it("never shows decimals for VND, even if the API sends some", () => {
    assert.equal(formatMoney(99999.6, "vnd", "vi"), `100.000${NBSP}₫`)
  })

  void it("shows dollars and cents in English", () => {
    assert.equal(formatMoney(8.99, "usd", "en"), "$8.99")
    assert.equal(formatMoney(0.1 + 0.2, "usd", "en"), "$0.30")
    assert.equal(formatMoney(1234.5, "usd", "en"), "$1,234.50")
  })

  void it("formats VND for English readers with English grouping", () => {
    assert.equal(formatMoney(125000, "vnd", "en"), "₫125,000")
  })

  void it("keeps negative amounts and zero", () => {
    assert.equal(formatMoney(0, "vnd", "vi"), `0${NBSP}₫`)
    assert.equal(formatMoney(-8.99, "usd", "en"), "-$8.99")
  })
})

void describe("toMinorUnits", () => {
  void it("turns main units into whole minor units without float noise", () => {
    assert.equal(toMinorUnits(8.99, "usd"), 899)
    assert.equal(toMinorUnits(1.005 * 1000, "usd"), 100500)
    assert.equal(toMinorUnits(125000, "vnd"), 125000)
    assert.equal(currencyDigits("vnd"), 0)
    assert.equal(currencyDigits("usd"), 2)
  })
})
