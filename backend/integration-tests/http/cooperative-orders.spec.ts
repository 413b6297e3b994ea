import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { demoCooperatives } from "../../src/scripts/demo-data/cooperatives"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, createProductsFor, seedMarketplace, startPayment, variantIdsBySku } from "./fixtures/marketplace"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(180 * 1000)

type Summary = { id: string; display_id: number; purchase_id: string; state: string; customer_name: string; item_count: number; total: number; currency_code: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let storeHeaders: Record<string, string>
    let honey: SellerCooperative
    let wine: SellerCooperative
    let purchase: { id: string; orders: { id: string; cooperative: { handle: string } }[] }
    let honeyOrderId: string
    let wineOrderId: string
    let honeyQuantity: number

    const orderRow = async (orderId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "status", "fulfillments.id", "cooperative_order.*"], filters: { id: orderId } })
      return data[0] as unknown as { status: string; fulfillments: unknown[]; cooperative_order: Record<string, unknown> }
    }
    const reservedFor = async (orderId: string) => {
      const order = await getContainer().resolve(Modules.ORDER).retrieveOrder(orderId, { relations: ["items"] })
      const reservations = await getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: (order.items ?? []).map((i) => i.id) })
      return reservations.reduce((sum, r) => sum + Number(r.quantity), 0)
    }

    const ship = async (orderId: string, seller: SellerCooperative) => {
      const res = await api.post(`/cooperative/orders/${orderId}/ship`, { carrier: "Giao Hàng Nhanh", tracking_code: "GHN5566778899" }, seller.headers)
      expect(res.data.order.state).toBe("shipped")
    }

    // The test runner restores the database to its state after beforeAll before each test: every test starts from a new purchase.
    beforeAll(async () => {
      const container = getContainer()
      market = await seedMarketplace(container)
      storeHeaders = { "x-publishable-api-key": market.publishableKey }
      // Two cooperatives registered by their owners through the seller API, approved, each selling copies of demo products.
      honey = await createSellerCooperative(api, container, 41)
      wine = await createSellerCooperative(api, container, 42)
      const [honeySeeds, wineSeeds] = [
        await createProductsFor(container, market, honey.cooperative.id, demoCooperatives[3].products.slice(0, 1), "mat"),
        await createProductsFor(container, market, wine.cooperative.id, demoCooperatives[4].products.slice(0, 1), "ruou"),
      ]
      const variants = await variantIdsBySku(api, storeHeaders)
      honeyQuantity = 2
      const cartId = await createCheckoutCart(api, storeHeaders, market.setup.regions.vn, [
        { variant_id: variants.get(honeySeeds[0].product.variants[0].sku)!, quantity: honeyQuantity },
        { variant_id: variants.get(wineSeeds[0].product.variants[0].sku)!, quantity: 1 },
      ])
      await chooseShipping(api, storeHeaders, cartId, honey.cooperative.id, "standard")
      await chooseShipping(api, storeHeaders, cartId, wine.cooperative.id, "standard")
      await startPayment(api, storeHeaders, cartId)
      purchase = (await api.post("/store/purchases", { cart_id: cartId }, { headers: storeHeaders })).data.purchase
      honeyOrderId = purchase.orders.find((o) => o.cooperative.handle === honey.cooperative.handle)!.id
      wineOrderId = purchase.orders.find((o) => o.cooperative.handle === wine.cooperative.handle)!.id
    })

    describe("GET /cooperative/orders", () => {
      it("needs a signed-in cooperative user", async () => {
        const res = await api.get("/cooperative/orders").catch(failed)
        expect(res.status).toBe(401)
      })

      it("lists only the active cooperative's own order, with the shopper's name and the order's total", async () => {
        const honeyList = await api.get("/cooperative/orders", honey.headers)
        expect(honeyList.status).toBe(200)
        expect(honeyList.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        const [summary] = honeyList.data.orders as Summary[]
        expect(summary).toMatchObject({
          id: honeyOrderId,
          purchase_id: purchase.id,
          state: "new",
          customer_name: "Nguyễn Văn An",
          item_count: honeyQuantity,
          currency_code: "vnd",
        })
        const shopperView = (await api.get(`/store/purchases/${purchase.id}`, { headers: storeHeaders })).data.purchase
        expect(summary.total).toBe(shopperView.orders.find((o: { id: string }) => o.id === honeyOrderId).total)

        const wineList = await api.get("/cooperative/orders", wine.headers)
        expect((wineList.data.orders as Summary[]).map((o) => o.id)).toEqual([wineOrderId])
      })

      it("filters by status and refuses an unknown one with 400", async () => {
        expect((await api.get("/cooperative/orders?status=to_handle", honey.headers)).data.count).toBe(1)
        expect((await api.get("/cooperative/orders?status=shipped", honey.headers)).data.count).toBe(0)
        const bad = await api.get("/cooperative/orders?status=lost", honey.headers).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/status/)
      })
    })

    describe("another cooperative's order", () => {
      it("is not found (404) for detail, confirm, ship, cancel and payment, and stays as it was", async () => {
        const before = await orderRow(honeyOrderId)
        const reservedBefore = await reservedFor(honeyOrderId)
        const attempts = [
          () => api.get(`/cooperative/orders/${honeyOrderId}`, wine.headers),
          () => api.post(`/cooperative/orders/${honeyOrderId}/confirm`, {}, wine.headers),
          () => api.post(`/cooperative/orders/${honeyOrderId}/ship`, { carrier: "Viettel Post", tracking_code: "VTP000111222" }, wine.headers),
          () => api.post(`/cooperative/orders/${honeyOrderId}/cancel`, { reason: "Hết hàng trong kho" }, wine.headers),
          () => api.post(`/cooperative/orders/${honeyOrderId}/payment`, {}, wine.headers),
        ]
        for (const attempt of attempts) {
          const res = await attempt().catch(failed)
          expect(res.status).toBe(404)
          expect(res.data.message).not.toMatch(/member|forbidden/i)
        }
        expect(await orderRow(honeyOrderId)).toEqual(before)
        expect(await reservedFor(honeyOrderId)).toBe(reservedBefore)
      })
    })

    describe("GET /cooperative/orders/:id", () => {
      it("shows the lines, the delivery address and the shipping of the cooperative's order", async () => {
        const res = await api.get(`/cooperative/orders/${honeyOrderId}`, honey.headers)
        expect(res.status).toBe(200)
        const order = res.data.order
        expect(order.items).toHaveLength(1)
        expect(order.items[0]).toMatchObject({ quantity: honeyQuantity, sku: expect.stringMatching(/-mat$/) })
        expect(order.shipping_address).toMatchObject({ city: "Phường Minh Xuân", country_code: "vn", phone: "0987654321" })
        expect(order.shipping_methods).toEqual([{ name: "Giao hàng tiêu chuẩn", amount: 30000 }])
        expect(order.total).toBe(order.subtotal + order.shipping_total)
        expect(order.shipments).toEqual([])
      })
    })

    describe("POST /cooperative/orders/:id/confirm then /ship", () => {
      it("confirms, then ships with carrier and tracking code; the shopper's purchase shows the shipment", async () => {
        const confirmed = await api.post(`/cooperative/orders/${honeyOrderId}/confirm`, {}, honey.headers)
        expect(confirmed.data.order).toMatchObject({ state: "confirmed", confirmed_at: expect.any(String) })

        const shipped = await api
          .post(`/cooperative/orders/${honeyOrderId}/ship`, { carrier: "Viettel Post", tracking_code: "VTP123456789" }, honey.headers)
          .catch(failed)
        expect({ status: shipped.status, message: shipped.data.message }).toEqual({ status: 200, message: undefined })
        expect(shipped.data.order.state).toBe("shipped")
        expect(shipped.data.order.shipments).toEqual([
          expect.objectContaining({ carrier: "Viettel Post", tracking_code: "VTP123456789", shipped_at: expect.any(String) }),
        ])
        // The parcel left the cooperative's stock: nothing is held for the order any more.
        expect(await reservedFor(honeyOrderId)).toBe(0)

        const shopperView = (await api.get(`/store/purchases/${purchase.id}`, { headers: storeHeaders })).data.purchase
        const order = shopperView.orders.find((o: { id: string }) => o.id === honeyOrderId)
        expect(order.state).toBe("shipped")
        expect(order.shipments).toEqual([{ carrier: "Viettel Post", tracking_code: "VTP123456789", shipped_at: expect.any(String) }])
      })

      it("ships a new order directly, and then refuses to ship it again or to confirm it (400)", async () => {
        await ship(honeyOrderId, honey)
        const again = await api
          .post(`/cooperative/orders/${honeyOrderId}/ship`, { carrier: "Viettel Post", tracking_code: "VTP123456780" }, honey.headers)
          .catch(failed)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already been shipped/)
        const confirm = await api.post(`/cooperative/orders/${honeyOrderId}/confirm`, {}, honey.headers).catch(failed)
        expect(confirm.status).toBe(400)
        const detail = (await api.get(`/cooperative/orders/${honeyOrderId}`, honey.headers)).data.order
        expect(detail.shipments).toHaveLength(1)
      })

      it("refuses a ship request without a tracking code (400)", async () => {
        const res = await api.post(`/cooperative/orders/${wineOrderId}/ship`, { carrier: "Viettel Post" }, wine.headers).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/tracking_code/)
      })
    })

    describe("POST /cooperative/orders/:id/cancel", () => {
      it("refuses a reason shorter than 5 characters (400) and changes nothing", async () => {
        const res = await api.post(`/cooperative/orders/${wineOrderId}/cancel`, { reason: "hết" }, wine.headers).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/reason/)
        expect((await orderRow(wineOrderId)).cooperative_order.state).toBe("new")
      })

      it("refuses to cancel a shipped order (400) and leaves it shipped", async () => {
        await ship(honeyOrderId, honey)
        const res = await api.post(`/cooperative/orders/${honeyOrderId}/cancel`, { reason: "Khách đổi ý không mua" }, honey.headers).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/shipped/)
        const row = await orderRow(honeyOrderId)
        expect(row.cooperative_order.state).toBe("shipped")
        expect(row.status).not.toBe("canceled")
      })

      it("cancels an unshipped order with its reason and releases the stock held for it", async () => {
        expect(await reservedFor(wineOrderId)).toBeGreaterThan(0)
        const res = await api.post(`/cooperative/orders/${wineOrderId}/cancel`, { reason: "Hết rượu của mẻ này" }, wine.headers)
        expect(res.data.order).toMatchObject({ state: "canceled", cancel_reason: "Hết rượu của mẻ này" })
        expect(await reservedFor(wineOrderId)).toBe(0)
        expect((await orderRow(wineOrderId)).status).toBe("canceled")
        const [row] = await getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE).listCooperativeOrders({ cooperative_id: wine.cooperative.id })
        expect(row.canceled_at).toBeTruthy()
        // The other cooperative's order in the same purchase is untouched.
        expect((await orderRow(honeyOrderId)).cooperative_order.state).toBe("new")
      })
    })
  },
})
