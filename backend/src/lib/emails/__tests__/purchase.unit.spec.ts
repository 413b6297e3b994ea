import { emailMoney, newOrderEmail, purchaseConfirmationEmail, type EmailOrder } from "../purchase"

const order = (overrides: Partial<EmailOrder> = {}): EmailOrder => ({
  display_id: 12,
  cooperative: "HTX Mật ong Bạc hà Mèo Vạc",
  currency_code: "vnd",
  items: [{ title: "Mật ong bạc hà (500 ml)", quantity: 2, total: 640_000 }],
  shipping_total: 30_000,
  total: 670_000,
  payment: { method: "cash_on_delivery", transfer: null },
  ...overrides,
})

// Intl keeps the amount and the đồng sign together with a no-break space.
const nb = (text: string) => text.replace(/ ₫/g, "\u00a0₫")

describe("purchase e-mails", () => {
  it("write money as each language reads it", () => {
    expect(emailMoney(125_000, "vnd", "vi")).toBe(nb("125.000 ₫"))
    expect(emailMoney(12.5, "usd", "en")).toBe("$12.50")
  })

  it("give the shopper each order's lines, shipping, total and payment, Vietnamese before English", () => {
    const transfer = { bank_name: "Vietcombank", bank_bin: "970436", account_number: "0071000654321", account_holder: "HTX MAT ONG", purpose: "HTXMARKET DH13" }
    const mail = purchaseConfirmationEmail([order(), order({ display_id: 13, cooperative: "HTX Rượu ngô", payment: { method: "vietqr", transfer } })], "https://htx.vn/purchases/pur_1")
    expect(mail.subject).toBe("Đã nhận đơn hàng của bạn: 2 đơn từ HTX Mật ong Bạc hà Mèo Vạc, HTX Rượu ngô / Your order is placed: 2 orders from HTX Mật ong Bạc hà Mèo Vạc, HTX Rượu ngô")
    expect(mail.text).toContain(nb("  • Mật ong bạc hà (500 ml) × 2: 640.000 ₫\n  Phí giao hàng: 30.000 ₫\n  Tổng cộng: 670.000 ₫\n  Thanh toán: tiền mặt khi nhận hàng (670.000 ₫)."))
    expect(mail.text).toContain(nb('chuyển khoản 670.000 ₫ vào tài khoản 0071000654321 (HTX MAT ONG), Vietcombank, nội dung "HTXMARKET DH13"'))
    expect(mail.text).toContain('Payment: transfer ₫670,000 to account 0071000654321 (HTX MAT ONG), Vietcombank, with the content "HTXMARKET DH13"')
    expect(mail.text.indexOf("Xin chào")).toBeLessThan(mail.text.indexOf("Hello"))
    expect(mail.text).toContain("https://htx.vn/purchases/pur_1")
  })

  it("give a cooperative its own order with a link to it", () => {
    const mail = newOrderEmail(order(), "https://htx.vn/seller/orders/order_1")
    expect(mail.subject).toBe("Đơn hàng mới DH12 cho HTX Mật ong Bạc hà Mèo Vạc / New order DH12 for HTX Mật ong Bạc hà Mèo Vạc")
    expect(mail.text).toContain("https://htx.vn/seller/orders/order_1")
  })
})
