import { amountText, currencyDigits, fromMinorUnits, toMinorUnits } from "../money"

describe("money in minor units", () => {
  it("knows đồng have no minor unit and dollars have cents", () => {
    expect(currencyDigits("vnd")).toBe(0)
    expect(currencyDigits("USD")).toBe(2)
  })

  it("turns Medusa's main-unit amounts into whole minor units without float noise", () => {
    expect(toMinorUnits(125000, "vnd")).toBe(125000)
    expect(toMinorUnits(8.99, "usd")).toBe(899)
    expect(toMinorUnits(0.1 + 0.2, "usd")).toBe(30)
    expect(toMinorUnits({ value: "12.5", precision: 20 }, "usd")).toBe(1250)
    expect(toMinorUnits("12.505", "usd")).toBe(1251)
  })

  it("adds up exactly where floating point would not", () => {
    const cents = [0.1, 0.2, 0.7].reduce((sum, a) => sum + toMinorUnits(a, "usd"), 0)
    expect(fromMinorUnits(cents, "usd")).toBe(1)
    expect(fromMinorUnits(1250, "usd")).toBe(12.5)
    expect(fromMinorUnits(125000, "vnd")).toBe(125000)
  })

  it("writes amounts with the currency's digits", () => {
    expect(amountText(12.5, "usd")).toBe("12.50")
    expect(amountText(125000, "vnd")).toBe("125000")
    expect(amountText(0, "usd")).toBe("0.00")
  })

  it("refuses what is not an amount", () => {
    expect(() => toMinorUnits("nhiều", "vnd")).toThrow(/not an amount/)
  })
})
