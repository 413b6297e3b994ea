import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, registerShopper, seedMarketplace, startPayment, variantIdsBySku } from "./fixtures/marketplace"

jest.setTimeout(180 * 1000)

type ListedPurchase = {
  id: string
  email: string
  total: number
  orders: { cooperative: { handle: string }; state: string; items: { variant_id: string; quantity: number }[]; shipments: unknown[]; payment: { method: string; status: string } }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let headers: Record<string, string>
    let variants: Map<string, string>
    const as = (token: string) => ({ headers: { ...headers, authorization: `Bearer ${token}` } })
    const lines = () =>
      market.approved.slice(0, 2).map((coop) => {
        const seed = market.seeds.find((s) => s.cooperativeId === coop.id)!
        return { variant_id: variants.get(seed.product.variants[0].sku)!, quantity: 1 }
      })

    /** Places a two-cooperative cart, attached to the customer first when a token is given; returns the purchase id. */
    async function placePurchase(token?: string) {
      const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
      if (token) await api.post(`/store/carts/${cartId}/customer`, {}, as(token))
      for (const coop of market.approved.slice(0, 2)) await chooseShipping(api, headers, cartId, coop.id, "standard")
      await startPayment(api, headers, cartId)
      const res = await api.post("/store/purchases", { cart_id: cartId }, token ? as(token) : { headers })
      return res.data.purchase.id as string
    }

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      headers = { "x-publishable-api-key": market.publishableKey }
      variants = await variantIdsBySku(api, headers)
    })

    describe("POST /auth/customer/emailpass", () => {
      it("registers a shopper who can then sign in and read their profile", async () => {
        const token = await registerShopper(api, headers, "an@thunghiem.test")
        const me = await api.get("/store/customers/me", as(token))
        expect(me.data.customer).toMatchObject({ email: "an@thunghiem.test", first_name: "An", phone: "0912345678" })
        const wrong = await api.post("/auth/customer/emailpass", { email: "an@thunghiem.test", password: "sai-mat-khau" }).catch(failed)
        expect(wrong.status).toBe(401)
      })
    })

    describe("GET /store/customers/me/purchases", () => {
      it("lists only the signed-in customer's purchases, newest first, with each cooperative's order", async () => {
        const [an, binh] = [await registerShopper(api, headers, "an@thunghiem.test"), await registerShopper(api, headers, "binh@thunghiem.test")]
        const first = await placePurchase(an)
        const second = await placePurchase(an)
        const binhs = await placePurchase(binh)
        await placePurchase()

        const res = await api.get("/store/customers/me/purchases", as(an))
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ count: 2, limit: 10, offset: 0 })
        const purchases = res.data.purchases as ListedPurchase[]
        expect(purchases.map((p) => p.id)).toEqual([second, first])
        const [newest] = purchases
        expect(newest!.orders.map((o) => o.cooperative.handle).sort()).toEqual(market.approved.slice(0, 2).map((c) => c.handle).sort())
        for (const order of newest!.orders) {
          expect(order).toMatchObject({ state: "new", shipments: [], payment: { method: "cash_on_delivery", status: "awaiting" } })
          expect(order.items[0]).toMatchObject({ quantity: 1, variant_id: expect.stringMatching(/^variant_/) })
        }
        expect(newest!.total).toBeGreaterThan(0)

        const page = await api.get("/store/customers/me/purchases?limit=1&offset=1", as(an))
        expect((page.data.purchases as ListedPurchase[]).map((p) => p.id)).toEqual([first])
        expect(((await api.get("/store/customers/me/purchases", as(binh))).data.purchases as ListedPurchase[]).map((p) => p.id)).toEqual([binhs])
      })

      it("needs a signed-in customer and a sensible page", async () => {
        expect((await api.get("/store/customers/me/purchases", { headers }).catch(failed)).status).toBe(401)
        const token = await registerShopper(api, headers, "an@thunghiem.test")
        const res = await api.get("/store/customers/me/purchases?limit=500", as(token)).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/limit/)
      })
    })

    describe("GET /store/purchases/:id", () => {
      it("shows a customer's purchase only to that customer, and a guest's purchase to whoever has its link", async () => {
        const [an, binh] = [await registerShopper(api, headers, "an@thunghiem.test"), await registerShopper(api, headers, "binh@thunghiem.test")]
        const ans = await placePurchase(an)
        const guests = await placePurchase()

        expect((await api.get(`/store/purchases/${ans}`, as(an))).data.purchase.id).toBe(ans)
        const other = await api.get(`/store/purchases/${ans}`, as(binh)).catch(failed)
        expect(other.status).toBe(404)
        expect(other.data.message).not.toContain("customer")
        expect((await api.get(`/store/purchases/${ans}`, { headers }).catch(failed)).status).toBe(404)

        expect((await api.get(`/store/purchases/${guests}`, { headers })).status).toBe(200)
        expect((await api.get(`/store/purchases/${guests}`, as(binh))).status).toBe(200)
      })
    })

    describe("GET /store/customers/me/open-cart", () => {
      it("finds the cart a customer left open on another device, and forgets it once placed", async () => {
        const token = await registerShopper(api, headers, "an@thunghiem.test")
        expect((await api.get("/store/customers/me/open-cart", as(token))).data.cart_id).toBeNull()
        const { data } = await api.post("/store/carts", { region_id: market.setup.regions.vn }, as(token))
        const cartId = data.cart.id as string
        expect((await api.get("/store/customers/me/open-cart", as(token))).data.cart_id).toBe(cartId)
        await placePurchase(token)
        expect((await api.get("/store/customers/me/open-cart", as(token))).data.cart_id).toBe(cartId)
        expect((await api.get("/store/customers/me/open-cart", { headers }).catch(failed)).status).toBe(401)
      })
    })
  },
})
