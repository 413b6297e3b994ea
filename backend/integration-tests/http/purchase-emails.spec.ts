import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demoCooperatives } from "../../src/scripts/demo-data/cooperatives"
import { chooseShipping, createCheckoutCart, createProductsFor, seedMarketplace, startPayment, variantIdsBySku } from "./fixtures/marketplace"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"
import { startMailbox } from "./fixtures/smtp"

jest.setTimeout(180 * 1000)

// The runner reads medusa-config before it applies its own env option, so the SMTP address is set here.
const SMTP_PORT = Number(process.env.TEST_SMTP_PORT ?? 25250) + 1
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`
const mailbox = startMailbox(SMTP_PORT)

const SHOPPER = "nguoimua@thunghiem.test"
type PurchaseOrder = { id: string; display_id: number; total: number; cooperative: { handle: string; name: string } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let honey: SellerCooperative
    let wine: SellerCooperative
    let buy: (providerId: string) => Promise<{ id: string; orders: PurchaseOrder[] }>

    beforeAll(async () => {
      await mailbox.listening
      const container = getContainer()
      const market = await seedMarketplace(container)
      storeHeaders = { "x-publishable-api-key": market.publishableKey }
      honey = await createSellerCooperative(api, container, 61)
      wine = await createSellerCooperative(api, container, 62)
      const honeySeeds = await createProductsFor(container, market, honey.cooperative.id, demoCooperatives[3].products.slice(0, 1), "mat")
      const wineSeeds = await createProductsFor(container, market, wine.cooperative.id, demoCooperatives[4].products.slice(0, 1), "ruou")
      await api.post("/cooperative/profile", { bank_bin: "970436", bank_account_number: "0071000654321", bank_account_holder: "HTX MAT ONG" }, honey.headers)
      await api.post("/cooperative/profile", { bank_bin: "970415", bank_account_number: "102870001234", bank_account_holder: "HTX RUOU NGO" }, wine.headers)
      const variants = await variantIdsBySku(api, storeHeaders)
      const lines = [
        { variant_id: variants.get(honeySeeds[0].product.variants[0].sku)!, quantity: 2 },
        { variant_id: variants.get(wineSeeds[0].product.variants[0].sku)!, quantity: 1 },
      ]
      buy = async (providerId) => {
        const cartId = await createCheckoutCart(api, storeHeaders, market.setup.regions.vn, lines)
        await chooseShipping(api, storeHeaders, cartId, honey.cooperative.id, "standard")
        await chooseShipping(api, storeHeaders, cartId, wine.cooperative.id, "standard")
        await startPayment(api, storeHeaders, cartId, providerId)
        const { data } = await api.post("/store/purchases", { cart_id: cartId }, { headers: storeHeaders })
        return (await api.get(`/store/purchases/${data.purchase.id}`, { headers: storeHeaders })).data.purchase
      }
    })

    beforeEach(() => {
      mailbox.messages.length = 0
    })

    // Suites may share a process: the next one starts without this mailbox, as by default.
    afterAll(async () => {
      delete process.env.SMTP_URL
      await mailbox.close()
    })

    it("confirms a VietQR purchase to the shopper: every cooperative's order, its total and the transfer to make, Vietnamese first", async () => {
      const purchase = await buy("pp_vietqr_vietqr")
      const mail = await mailbox.waitFor(SHOPPER, "Đã nhận đơn hàng")
      const text = mail.text ?? ""
      expect(mail.subject).toMatch(/2 đơn .* \/ Your order is placed/)
      for (const order of purchase.orders) {
        expect(text).toContain(`Đơn DH${order.display_id} — ${order.cooperative.name}`)
        expect(text).toContain(`Tổng cộng: ${new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(order.total)}`)
        expect(text).toContain(`nội dung "HTXMARKET DH${order.display_id}"`)
      }
      expect(text).toContain("0071000654321 (HTX MAT ONG), Vietcombank")
      expect(text).toContain("102870001234 (HTX RUOU NGO), VietinBank")
      expect(text).toContain(`/purchases/${purchase.id}`)
      expect(text.indexOf("Xin chào")).toBeLessThan(text.indexOf("Hello"))
    })

    it("tells each cooperative about its own order only, with a link to it in the seller portal", async () => {
      const purchase = await buy("pp_system_default")
      for (const [seller, other] of [
        [honey, wine],
        [wine, honey],
      ] as const) {
        const order = purchase.orders.find((o) => o.cooperative.handle === seller.cooperative.handle)!
        const otherOrder = purchase.orders.find((o) => o.cooperative.handle === other.cooperative.handle)!
        const mail = await mailbox.waitFor(seller.email, `Đơn hàng mới DH${order.display_id}`)
        expect(mail.text).toContain(`/seller/orders/${order.id}`)
        expect(mail.text).toContain("tiền mặt khi nhận hàng")
        expect(mail.text).not.toContain(`DH${otherOrder.display_id}`)
        expect(mail.text).not.toContain(otherOrder.cooperative.name)
      }
      const shopperMail = await mailbox.waitFor(SHOPPER, "Đã nhận đơn hàng")
      expect(shopperMail.text).toContain("Thanh toán: tiền mặt khi nhận hàng")
      expect(shopperMail.text).not.toContain("chuyển khoản")
    })
  },
})
