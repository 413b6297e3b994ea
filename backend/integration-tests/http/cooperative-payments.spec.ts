import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readVietQrPayload } from "../../src/lib/vietqr/payload"
import { demoCooperatives } from "../../src/scripts/demo-data/cooperatives"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, createProductsFor, seedMarketplace, startPayment, variantIdsBySku } from "./fixtures/marketplace"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(180 * 1000)

const VIETQR = "pp_vietqr_vietqr"
const HONEY_BANK = { bank_bin: "970436", bank_account_number: "0071000654321", bank_account_holder: "HTX MAT ONG BAC HA" }
const WINE_BANK = { bank_bin: "970415", bank_account_number: "102870001234", bank_account_holder: "HTX RUOU NGO" }

type Transfer = { bank_bin: string; bank_name: string | null; account_number: string; account_holder: string | null; amount: number; purpose: string; payload: string }
type Payment = { method: string; status: string; paid_at: string | null; transfer: Transfer | null }
type PurchaseOrder = { id: string; display_id: number; total: number; state: string; cooperative: { handle: string }; payment: Payment }

// The test runner restores the database to its state after beforeAll before each test.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let storeHeaders: Record<string, string>
    let honey: SellerCooperative
    let wine: SellerCooperative
    let lines: { variant_id: string; quantity: number }[]

    /** A cart with one line of each cooperative, shipping chosen, paid with this provider; returns the placed purchase (or the failure). */
    const buy = async (providerId: string) => {
      const cartId = await createCheckoutCart(api, storeHeaders, market.setup.regions.vn, lines)
      await chooseShipping(api, storeHeaders, cartId, honey.cooperative.id, "standard")
      await chooseShipping(api, storeHeaders, cartId, wine.cooperative.id, "standard")
      await startPayment(api, storeHeaders, cartId, providerId)
      const res = await api.post("/store/purchases", { cart_id: cartId }, { headers: storeHeaders }).catch(failed)
      return { cartId, res }
    }
    const purchaseOf = async (id: string) => (await api.get(`/store/purchases/${id}`, { headers: storeHeaders })).data.purchase as { total: number; orders: PurchaseOrder[] }
    const paymentOf = async (cartId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "cart", fields: ["payment_collection.payments.id"], filters: { id: cartId } })
      const paymentId = (data[0] as unknown as { payment_collection: { payments: { id: string }[] } }).payment_collection.payments[0]!.id
      return getContainer().resolve(Modules.PAYMENT).retrievePayment(paymentId, { relations: ["captures"] })
    }
    const transactionsOf = async (orderId: string) => {
      const order = await getContainer().resolve(Modules.ORDER).retrieveOrder(orderId, { relations: ["transactions"] })
      return (order.transactions ?? []).map((t) => Number(t.amount))
    }

    beforeAll(async () => {
      const container = getContainer()
      market = await seedMarketplace(container)
      storeHeaders = { "x-publishable-api-key": market.publishableKey }
      honey = await createSellerCooperative(api, container, 51)
      wine = await createSellerCooperative(api, container, 52)
      const honeySeeds = await createProductsFor(container, market, honey.cooperative.id, demoCooperatives[3].products.slice(0, 1), "mat")
      const wineSeeds = await createProductsFor(container, market, wine.cooperative.id, demoCooperatives[4].products.slice(0, 1), "ruou")
      const variants = await variantIdsBySku(api, storeHeaders)
      lines = [
        { variant_id: variants.get(honeySeeds[0].product.variants[0].sku)!, quantity: 2 },
        { variant_id: variants.get(wineSeeds[0].product.variants[0].sku)!, quantity: 1 },
      ]
      // The honey cooperative's owner enters its bank account; the wine cooperative has none yet.
      await api.post("/cooperative/profile", HONEY_BANK, honey.headers)
    })

    describe("paying by VietQR", () => {
      it("is refused, naming the cooperative, while one of the cart's cooperatives has no bank account, and nothing is placed", async () => {
        const { res } = await buy(VIETQR)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/no bank account.*cash on delivery/)
        expect(await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).toHaveLength(0)
      })

      it("gives each cooperative's order its own code: that cooperative's account, the order's exact total, the order code", async () => {
        await api.post("/cooperative/profile", WINE_BANK, wine.headers)
        const { res } = await buy(VIETQR)
        expect(res.status).toBe(201)
        const purchase = await purchaseOf(res.data.purchase.id)
        expect(purchase.orders).toHaveLength(2)
        for (const order of purchase.orders) {
          const bank = order.cooperative.handle === honey.cooperative.handle ? HONEY_BANK : WINE_BANK
          expect(order.payment).toMatchObject({ method: "vietqr", status: "awaiting", paid_at: null })
          expect(order.payment.transfer).toMatchObject({
            bank_bin: bank.bank_bin,
            account_number: bank.bank_account_number,
            account_holder: bank.bank_account_holder,
            amount: order.total,
            purpose: `HTXMARKET DH${order.display_id}`,
          })
          // What a banking app reads from the code is what is written beside it.
          expect(readVietQrPayload(order.payment.transfer!.payload)).toEqual({
            bank_bin: bank.bank_bin,
            account_number: bank.bank_account_number,
            amount: order.total,
            purpose: `HTXMARKET DH${order.display_id}`,
            dynamic: true,
          })
        }
        expect(purchase.orders.map((o) => o.payment.transfer!.bank_name).sort()).toEqual(["Vietcombank", "VietinBank"])
        expect(purchase.orders.reduce((sum, o) => sum + o.payment.transfer!.amount, 0)).toBe(purchase.total)
      })

      it("keeps paying into the account the order was placed with when the cooperative changes its account later", async () => {
        await api.post("/cooperative/profile", WINE_BANK, wine.headers)
        const { res } = await buy(VIETQR)
        await api.post("/cooperative/profile", { bank_bin: "970422", bank_account_number: "999988887777" }, honey.headers)
        const order = (await purchaseOf(res.data.purchase.id)).orders.find((o) => o.cooperative.handle === honey.cooperative.handle)!
        expect(order.payment.transfer).toMatchObject({ bank_bin: HONEY_BANK.bank_bin, account_number: HONEY_BANK.bank_account_number })
      })

      it("is paid when the cooperative confirms the transfer: its share is captured and written on its order, the other order still awaits", async () => {
        await api.post("/cooperative/profile", WINE_BANK, wine.headers)
        const { cartId, res } = await buy(VIETQR)
        const before = await purchaseOf(res.data.purchase.id)
        const honeyOrder = before.orders.find((o) => o.cooperative.handle === honey.cooperative.handle)!
        const wineOrder = before.orders.find((o) => o.cooperative.handle === wine.cooperative.handle)!
        expect((await paymentOf(cartId)).captures ?? []).toHaveLength(0)

        const confirmed = await api.post(`/cooperative/orders/${honeyOrder.id}/payment`, {}, honey.headers)
        expect(confirmed.status).toBe(200)
        expect(confirmed.data.order).toMatchObject({ payment_method: "vietqr", paid_at: expect.any(String) })

        const after = await purchaseOf(res.data.purchase.id)
        expect(after.orders.find((o) => o.id === honeyOrder.id)!.payment).toMatchObject({ status: "paid", transfer: null })
        expect(after.orders.find((o) => o.id === wineOrder.id)!.payment).toMatchObject({ status: "awaiting", transfer: { amount: wineOrder.total } })
        const payment = await paymentOf(cartId)
        expect((payment.captures ?? []).map((c) => Number(c.amount))).toEqual([honeyOrder.total])
        expect(await transactionsOf(honeyOrder.id)).toEqual([honeyOrder.total])
        expect(await transactionsOf(wineOrder.id)).toEqual([])

        await api.post(`/cooperative/orders/${wineOrder.id}/payment`, {}, wine.headers)
        expect(((await paymentOf(cartId)).captures ?? []).reduce((sum, c) => sum + Number(c.amount), 0)).toBe(before.total)
      })

      it("is recorded once: a second confirmation, even at the same moment, is refused and captures nothing more", async () => {
        await api.post("/cooperative/profile", WINE_BANK, wine.headers)
        const { cartId, res } = await buy(VIETQR)
        const honeyOrder = (await purchaseOf(res.data.purchase.id)).orders.find((o) => o.cooperative.handle === honey.cooperative.handle)!
        const answers = await Promise.all([1, 2, 3].map(() => api.post(`/cooperative/orders/${honeyOrder.id}/payment`, {}, honey.headers).catch(failed)))
        expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400])
        expect(answers.find((a) => a.status === 400)!.data.message).toMatch(/already recorded/)
        expect(((await paymentOf(cartId)).captures ?? []).map((c) => Number(c.amount))).toEqual([honeyOrder.total])
        expect(await transactionsOf(honeyOrder.id)).toEqual([honeyOrder.total])
      })
    })

    describe("cash on delivery", () => {
      it("shows no transfer, and is paid when the cooperative says it collected the cash", async () => {
        const { cartId, res } = await buy("pp_system_default")
        expect(res.status).toBe(201)
        const purchase = await purchaseOf(res.data.purchase.id)
        expect(purchase.orders.map((o) => o.payment)).toEqual([
          { method: "cash_on_delivery", status: "awaiting", paid_at: null, transfer: null },
          { method: "cash_on_delivery", status: "awaiting", paid_at: null, transfer: null },
        ])
        const wineOrder = purchase.orders.find((o) => o.cooperative.handle === wine.cooperative.handle)!
        await api.post(`/cooperative/orders/${wineOrder.id}/payment`, {}, wine.headers)
        expect((await purchaseOf(res.data.purchase.id)).orders.find((o) => o.id === wineOrder.id)!.payment.status).toBe("paid")
        expect(((await paymentOf(cartId)).captures ?? []).map((c) => Number(c.amount))).toEqual([wineOrder.total])
      })
    })

    describe("recording a payment", () => {
      it("is refused for a canceled order, another cooperative's order (404) and with a body (400)", async () => {
        const { res } = await buy("pp_system_default")
        const orders = (await purchaseOf(res.data.purchase.id)).orders
        const honeyOrder = orders.find((o) => o.cooperative.handle === honey.cooperative.handle)!
        const wineOrder = orders.find((o) => o.cooperative.handle === wine.cooperative.handle)!

        const foreign = await api.post(`/cooperative/orders/${honeyOrder.id}/payment`, {}, wine.headers).catch(failed)
        expect(foreign.status).toBe(404)
        const withBody = await api.post(`/cooperative/orders/${honeyOrder.id}/payment`, { amount: 1 }, honey.headers).catch(failed)
        expect(withBody.status).toBe(400)
        const anonymous = await api.post(`/cooperative/orders/${honeyOrder.id}/payment`, {}).catch(failed)
        expect(anonymous.status).toBe(401)

        await api.post(`/cooperative/orders/${wineOrder.id}/cancel`, { reason: "Hết hàng trong kho" }, wine.headers)
        const canceled = await api.post(`/cooperative/orders/${wineOrder.id}/payment`, {}, wine.headers).catch(failed)
        expect(canceled.status).toBe(400)
        expect(canceled.data.message).toMatch(/canceled/)
        const after = (await purchaseOf(res.data.purchase.id)).orders
        expect(after.find((o) => o.id === honeyOrder.id)!.payment.status).toBe("awaiting")
        expect(after.find((o) => o.id === wineOrder.id)!.payment.status).toBe("canceled")
      })
    })
  },
})
