import type { CooperativeShare } from "../purchase-cart"
import { orderPayments, paymentMethodOf } from "../payment-method"

const share = (name: string, bank: { bank_bin?: string | null; bank_account_number?: string | null } = {}): CooperativeShare => ({
  cooperative: { id: `coop_${name}`, handle: `htx-${name}`, name: `HTX ${name}`, ...bank },
  location_id: "sloc",
  item_ids: [],
  shipping_method_ids: [],
})

describe("how each cooperative order is paid", () => {
  it("follows the payment provider", () => {
    expect(paymentMethodOf("pp_system_default")).toBe("cash_on_delivery")
    expect(paymentMethodOf("pp_vietqr_vietqr")).toBe("vietqr")
    expect(paymentMethodOf("pp_stripe_stripe")).toBe("card")
    expect(paymentMethodOf(undefined)).toBe("cash_on_delivery")
  })

  it("copies each cooperative's account for VietQR, and refuses a cooperative without one or a cart not in đồng", () => {
    const paid = orderPayments("vietqr", [share("a", { bank_bin: "970436", bank_account_number: "0071000123456" })], "vnd")
    expect(paid).toEqual([{ payment_method: "vietqr", transfer_bank_bin: "970436", transfer_account_number: "0071000123456", transfer_account_holder: null }])
    expect(() => orderPayments("vietqr", [share("b")], "vnd")).toThrow(/HTX b cannot take bank transfers/)
    expect(() => orderPayments("vietqr", [share("a", { bank_bin: "970436", bank_account_number: "1" })], "usd")).toThrow(/đồng/)
  })

  it("counts a card order as paid from the start, and cash on delivery as awaiting", () => {
    const now = new Date("2026-11-23T10:00:00Z")
    expect(orderPayments("card", [share("a"), share("b")], "usd", now)).toEqual([
      { payment_method: "card", paid_at: now },
      { payment_method: "card", paid_at: now },
    ])
    expect(orderPayments("cash_on_delivery", [share("a")], "vnd")).toEqual([{ payment_method: "cash_on_delivery" }])
  })
})
