import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedMarketplace } from "./fixtures/marketplace"
import { failed } from "./fixtures/http"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let headers: Record<string, string>
    const variantOf = async (sku: string) => {
      const { data } = await api.get(`/store/products?fields=variants.id,variants.sku&limit=100`, { headers })
      for (const p of data.products) for (const v of p.variants) if (v.sku === sku) return v.id as string
      throw new Error(`no variant ${sku}`)
    }
    const newCart = async () => (await api.post("/store/carts", { region_id: market.setup.regions.vn }, { headers })).data.cart

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      headers = { "x-publishable-api-key": market.publishableKey }
    })

    describe("POST /store/carts", () => {
      it("creates a cart in đồng for the Việt Nam region", async () => {
        const res = await api.post("/store/carts", { region_id: market.setup.regions.vn }, { headers })
        expect(res.status).toBe(200)
        expect(res.data.cart.currency_code).toBe("vnd")
        expect(res.data.cart.items).toEqual([])
      })

      it("refuses an unknown region with a message", async () => {
        const res = await api.post("/store/carts", { region_id: "reg_khong_co" }, { headers }).catch(failed)
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
        expect(res.data.message).toBeTruthy()
      })
    })

    describe("POST /store/carts/:id/line-items", () => {
      it("adds a product and totals it from the server's price, in whole đồng", async () => {
        const variant = market.seeds[0].product.variants[0]
        const cart = await newCart()
        const res = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf(variant.sku), quantity: 2 }, { headers })
        expect(res.status).toBe(200)
        const [item] = res.data.cart.items
        expect(item.quantity).toBe(2)
        expect(item.unit_price).toBe(variant.price_vnd)
        expect(res.data.cart.item_subtotal).toBe(2 * variant.price_vnd)
      })

      it("ignores a price sent by the browser", async () => {
        const variant = market.seeds[0].product.variants[0]
        const cart = await newCart()
        const res = await api
          .post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf(variant.sku), quantity: 1, unit_price: 1 }, { headers })
          .catch(failed)
        expect(res.status).toBe(400)
        const after = await api.get(`/store/carts/${cart.id}`, { headers })
        expect(after.data.cart.items).toEqual([])
      })

      it("refuses more than the stock with a clear message and leaves the cart unchanged", async () => {
        const seed = market.seeds.flatMap((s) => s.product.variants).find((v) => v.stock > 0 && v.stock < 1000)!
        const cart = await newCart()
        const res = await api
          .post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf(seed.sku), quantity: seed.stock + 1 }, { headers })
          .catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/inventory|stock/i)
        const after = await api.get(`/store/carts/${cart.id}`, { headers })
        expect(after.data.cart.items).toEqual([])
      })

      it("refuses a zero or negative quantity with 400", async () => {
        const cart = await newCart()
        const variantId = await variantOf(market.seeds[0].product.variants[0].sku)
        for (const quantity of [0, -3]) {
          const res = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity }, { headers }).catch(failed)
          expect(res.status).toBe(400)
        }
      })
    })

    describe("POST /store/carts/:id/line-items/:line_id", () => {
      it("changes the quantity and the subtotal follows", async () => {
        const variant = market.seeds[1].product.variants[0]
        const cart = await newCart()
        const added = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf(variant.sku), quantity: 1 }, { headers })
        const line = added.data.cart.items[0]
        const res = await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 3 }, { headers })
        expect(res.data.cart.items[0].quantity).toBe(3)
        expect(res.data.cart.item_subtotal).toBe(3 * variant.price_vnd)
      })
    })

    describe("DELETE /store/carts/:id/line-items/:line_id", () => {
      it("removes the line and the cart is empty again", async () => {
        const cart = await newCart()
        const added = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: await variantOf(market.seeds[2].product.variants[0].sku), quantity: 1 },
          { headers }
        )
        const line = added.data.cart.items[0]
        const res = await api.delete(`/store/carts/${cart.id}/line-items/${line.id}`, { headers })
        expect(res.status).toBe(200)
        const after = await api.get(`/store/carts/${cart.id}`, { headers })
        expect(after.data.cart.items).toEqual([])
        expect(after.data.cart.item_subtotal).toBe(0)
      })
    })
  },
})
