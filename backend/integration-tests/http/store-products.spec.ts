import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedMarketplace } from "./fixtures/marketplace"
import { failed } from "./fixtures/http"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let headers: Record<string, string>

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      headers = { "x-publishable-api-key": market.publishableKey }
    })

    describe("GET /store/products", () => {
      it("lists every published product of the sales channel, never a draft", async () => {
        const res = await api.get("/store/products?limit=100&fields=id,handle", { headers })
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(market.seeds.length)
        const handles = res.data.products.map((p: { handle: string }) => p.handle)
        expect(handles).toEqual(expect.arrayContaining(market.seeds.map((s) => s.product.handle)))
        expect(handles).not.toContain("san-pham-nhap")
      })

      it("prices variants in whole đồng for the Việt Nam region and in dollars for International", async () => {
        const seed = market.seeds[0]
        const variant = seed.product.variants[0]
        const get = (region: string) =>
          api.get(`/store/products?handle=${seed.product.handle}&region_id=${region}&fields=*variants.calculated_price,variants.sku`, { headers })
        const vn = (await get(market.setup.regions.vn)).data.products[0]
        const vnVariant = vn.variants.find((v: { sku: string }) => v.sku === variant.sku)
        expect(vnVariant.calculated_price.currency_code).toBe("vnd")
        expect(vnVariant.calculated_price.calculated_amount).toBe(variant.price_vnd)
        expect(Number.isInteger(vnVariant.calculated_price.calculated_amount)).toBe(true)
        const intl = (await get(market.setup.regions.intl)).data.products[0]
        const intlVariant = intl.variants.find((v: { sku: string }) => v.sku === variant.sku)
        expect(intlVariant.calculated_price.currency_code).toBe("usd")
        expect(Math.round(intlVariant.calculated_price.calculated_amount * 100)).toBe(variant.price_usd_cents)
      })

      it("shows stock and the selling cooperative's identity", async () => {
        const seed = market.seeds[1]
        const res = await api.get(
          `/store/products?handle=${seed.product.handle}&fields=+variants.inventory_quantity,variants.sku,*cooperative`,
          { headers }
        )
        const product = res.data.products[0]
        expect(product.cooperative).toMatchObject({ handle: market.approved[0].handle, name: market.approved[0].name })
        for (const v of seed.product.variants) {
          expect(product.variants.find((x: { sku: string }) => x.sku === v.sku).inventory_quantity).toBe(v.stock)
        }
      })

      it("pages through the catalogue with limit and offset", async () => {
        const first = await api.get("/store/products?limit=5&offset=0&order=handle&fields=handle", { headers })
        const second = await api.get("/store/products?limit=5&offset=5&order=handle&fields=handle", { headers })
        expect(first.data.products).toHaveLength(5)
        expect(second.data.offset).toBe(5)
        const overlap = first.data.products.filter((p: { handle: string }) =>
          second.data.products.some((q: { handle: string }) => q.handle === p.handle)
        )
        expect(overlap).toHaveLength(0)
      })

      it("refuses a request without the storefront's publishable key", async () => {
        const res = await api.get("/store/products").catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })

      it("answers 400 with a message for a malformed limit", async () => {
        const res = await api.get("/store/products?limit=lots", { headers }).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toBeTruthy()
      })
    })

    describe("GET /store/cooperatives/:handle", () => {
      it("returns the cooperative's public identity and its products", async () => {
        const coop = market.approved[1]
        const res = await api.get(`/store/cooperatives/${coop.handle}`, { headers })
        expect(res.status).toBe(200)
        expect(res.data.cooperative).toMatchObject({
          handle: coop.handle,
          name: coop.name,
          registration_number: coop.registration_number,
          phone: coop.phone,
          commune: coop.commune,
          province: "Tuyên Quang",
        })
        const expected = market.products.filter((p) => market.seeds.find((s) => s.product.handle === p.handle)?.cooperativeId === coop.id)
        expect(res.data.cooperative.product_ids.sort()).toEqual(expected.map((p) => p.id).sort())
        expect(res.data.cooperative).not.toHaveProperty("status")
      })

      it("hides a cooperative that is not approved", async () => {
        const res = await api.get(`/store/cooperatives/${market.pending.handle}`, { headers }).catch(failed)
        expect(res.status).toBe(404)
      })

      it("answers 404 with a message for an unknown handle", async () => {
        const res = await api.get("/store/cooperatives/khong-ton-tai", { headers }).catch(failed)
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("khong-ton-tai")
      })
    })
  },
})
