import { newCooperativeChecklist } from "../checklist"

const fresh = {
  status: "pending",
  description_vi: "Hợp tác xã trồng cam",
  phone: "0986214735",
  street: "Thôn Bản Tát",
  logo_url: null,
  bank_bin: null,
  bank_account_number: null,
  bank_account_holder: null,
}

describe("new cooperative checklist", () => {
  it("starts with everything left to do but what the application already gave", () => {
    expect(newCooperativeChecklist(fresh, 0).map((s) => [s.key, s.done])).toEqual([
      ["profile", false],
      ["bank_account", false],
      ["first_product", false],
      ["approved", false],
    ])
  })

  it("ticks each step as the cooperative completes it", () => {
    const done = { ...fresh, status: "approved", logo_url: "https://x.vn/logo.webp", bank_bin: "970403", bank_account_number: "0123456789", bank_account_holder: "HTX" }
    expect(newCooperativeChecklist(done, 3).every((s) => s.done)).toBe(true)
  })
})
