import { usdFromVnd, variantPrices } from "../prices"

describe("USD prices from VND", () => {
  it("converts at the rate and rounds up to the cent, so the cooperative never gets less", () => {
    expect(usdFromVnd(260000, 26000)).toBe(10)
    expect(usdFromVnd(125000, 26000)).toBe(4.81)
    expect(usdFromVnd(1, 26000)).toBe(0.01)
  })

  it("keeps VND whole and gives both currencies", () => {
    expect(variantPrices(125000, 25000)).toEqual([
      { currency_code: "vnd", amount: 125000 },
      { currency_code: "usd", amount: 5 },
    ])
  })
})
