import { describePriceChanges, priceChanges, repricesBeforePlacing } from "../price-changes"

describe("price changes while a cart is open", () => {
  const line = (id: string, unit_price: number | string, extra = {}) => ({ id, product_title: `Sản phẩm ${id}`, variant_title: "Default", unit_price, ...extra })

  it("names only the lines whose unit price moved, up or down, in the cart's order", () => {
    const before = [line("a", 250000), line("b", 90000), line("c", "120000")]
    const after = [line("c", 120000), line("b", 99000), line("a", 230000)]
    expect(priceChanges(before, after)).toEqual([
      { item_id: "a", title: "Sản phẩm a", before: 250000, after: 230000 },
      { item_id: "b", title: "Sản phẩm b", before: 90000, after: 99000 },
    ])
  })

  it("finds nothing when prices stand, and ignores a line that is gone", () => {
    expect(priceChanges([line("a", 1000)], [line("a", "1000")])).toEqual([])
    expect(priceChanges([line("a", 1000)], [])).toEqual([])
  })

  it("keeps USD cents exact and names the variant when there is one", () => {
    const changes = priceChanges([line("u", 12.5, { variant_title: "500 g" })], [line("u", 12.49, { variant_title: "500 g" })])
    expect(changes).toEqual([{ item_id: "u", title: "Sản phẩm u · 500 g", before: 12.5, after: 12.49 }])
    expect(describePriceChanges(changes, "usd")).toMatch(/^Prices changed .*Sản phẩm u · 500 g 12\.5 USD → 12\.49 USD/)
  })

  describe("which carts are re-priced", () => {
    const sessions = (...providers: string[]) => ({ payment_sessions: providers.map((provider_id) => ({ provider_id })) })
    const open = { completed_at: null, items: [{}] }

    it("re-prices an open cart however it is paid when its prices are checked", () => {
      for (const provider of ["pp_system_default", "pp_vietqr_vietqr", "pp_stripe_stripe"]) {
        expect(repricesBeforePlacing({ ...open, payment_collection: sessions(provider) }, { placing: false })).toBe(true)
      }
      expect(repricesBeforePlacing(open, { placing: false })).toBe(true)
    })

    it("re-prices a cart being placed with cash or a transfer, but not one whose card was confirmed at the checked total", () => {
      expect(repricesBeforePlacing({ ...open, payment_collection: sessions("pp_system_default") }, { placing: true })).toBe(true)
      expect(repricesBeforePlacing({ ...open, payment_collection: sessions("pp_vietqr_vietqr") }, { placing: true })).toBe(true)
      expect(repricesBeforePlacing({ ...open, payment_collection: null }, { placing: true })).toBe(true)
      expect(repricesBeforePlacing({ ...open, payment_collection: sessions("pp_stripe_stripe") }, { placing: true })).toBe(false)
    })

    it("leaves a placed or an empty cart alone", () => {
      expect(repricesBeforePlacing({ completed_at: new Date(), items: [{}] }, { placing: false })).toBe(false)
      expect(repricesBeforePlacing({ completed_at: null, items: [] }, { placing: false })).toBe(false)
    })
  })
})
