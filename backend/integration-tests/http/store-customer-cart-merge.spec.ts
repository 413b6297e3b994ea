import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, registerShopper, seedMarketplace, startPayment, variantIdsBySku } from "./fixtures/marketplace"

jest.setTimeout(180 * 1000)

type Line = { variant_id: string; quantity: number; metadata?: Record<string, unknown> | null }
type Reported = { variant_id: string; product_title: string; variant_title: string | null; quantity: number; reason?: string }
type Merge = { cart_id: string; added: Reported[]; not_added: Reported[]; merged_cart_ids: string[]; other_region_cart_ids: string[] }

const FAIR_LINE = { fair_slug: "hoi-cho-dac-san", booth_code: "T01" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let headers: Record<string, string>
    // Three variants with enough stock for every test, from both cooperatives.
    let [tea, orange, honey] = ["", "", ""]

    const as = (token: string) => ({ headers: { ...headers, authorization: `Bearer ${token}` } })
    const merge = async (token: string, cartId: string): Promise<Merge> =>
      (await api.post("/store/customers/me/carts/merge", { cart_id: cartId }, as(token))).data.merge
    const lines = async (cartId: string): Promise<Line[]> =>
      ((await api.get(`/store/carts/${cartId}?fields=items.variant_id,items.quantity,items.metadata`, { headers })).data.cart.items as Line[])
        .map(({ variant_id, quantity, metadata }) => ({ variant_id, quantity, metadata: metadata && Object.keys(metadata).length ? metadata : null }))
        .sort((a, b) => `${a.variant_id}${JSON.stringify(a.metadata)}`.localeCompare(`${b.variant_id}${JSON.stringify(b.metadata)}`))
    const openCart = async (token: string) => (await api.get("/store/customers/me/open-cart", as(token))).data.cart_id as string | null

    /** A cart in a region with these lines, as a guest or as a signed-in shopper; returns its id. */
    async function cartWith(regionId: string, items: Line[], token?: string) {
      const { data } = await api.post("/store/carts", { region_id: regionId }, token ? as(token) : { headers })
      const cartId = data.cart.id as string
      for (const item of items) await api.post(`/store/carts/${cartId}/line-items`, item, { headers })
      return cartId
    }

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      headers = { "x-publishable-api-key": market.publishableKey }
      const ids = await variantIdsBySku(api, headers)
      const stocked = (cooperativeIndex: number) =>
        market.seeds.filter((s) => s.cooperativeId === market.approved[cooperativeIndex].id).flatMap((s) => s.product.variants).filter((v) => v.stock >= 10)
      const [first, second] = stocked(0)
      ;[tea, honey, orange] = [ids.get(first!.sku)!, ids.get(second!.sku)!, ids.get(stocked(1)[0]!.sku)!]
    })

    describe("POST /store/customers/me/carts/merge", () => {
      it("moves the lines of the shopper's cart from another device into this browser's cart, adding up the same line, and retires the old cart", async () => {
        const an = await registerShopper(api, headers, "an@thunghiem.test")
        const left = await cartWith(market.setup.regions.vn, [{ variant_id: tea, quantity: 1 }, { variant_id: orange, quantity: 2 }, { variant_id: honey, quantity: 1, metadata: FAIR_LINE }], an)
        const here = await cartWith(market.setup.regions.vn, [{ variant_id: tea, quantity: 2 }, { variant_id: honey, quantity: 1 }])

        const result = await merge(an, here)
        expect(result).toMatchObject({ cart_id: here, merged_cart_ids: [left], other_region_cart_ids: [], not_added: [] })
        expect(result.added.map((l) => [l.variant_id, l.quantity]).sort()).toEqual([[honey, 1], [orange, 2], [tea, 1]].sort())
        expect(result.added.every((l) => l.product_title.length > 0)).toBe(true)

        // Same variant, same metadata: one line of 3. The fair's line keeps its own metadata, apart from the plain one.
        expect(await lines(here)).toEqual(
          [
            { variant_id: tea, quantity: 3, metadata: null },
            { variant_id: orange, quantity: 2, metadata: null },
            { variant_id: honey, quantity: 1, metadata: null },
            { variant_id: honey, quantity: 1, metadata: FAIR_LINE },
          ].sort((a, b) => `${a.variant_id}${JSON.stringify(a.metadata)}`.localeCompare(`${b.variant_id}${JSON.stringify(b.metadata)}`))
        )
        // The browser's cart is now the shopper's, and the only open cart the account offers.
        const me = (await api.get("/store/customers/me", as(an))).data.customer
        // Medusa's store API sends the cart's customer by default (`customer_id` is not a field it lets one ask for).
        expect((await api.get(`/store/carts/${here}`, { headers })).data.cart).toMatchObject({ customer: { id: me.id }, email: me.email })
        expect(await openCart(an)).toBe(here)
        const old = (await api.get(`/store/carts/${left}?fields=metadata`, { headers })).data.cart
        expect(old.metadata).toMatchObject({ merged_into_cart_id: here })
      })

      it("never lets the old cart be placed, even one ready to pay on the other device, so its lines are not bought twice", async () => {
        const an = await registerShopper(api, headers, "an@thunghiem.test")
        const left = await createCheckoutCart(api, headers, market.setup.regions.vn, [{ variant_id: tea, quantity: 1 }])
        await api.post(`/store/carts/${left}/customer`, {}, as(an))
        await chooseShipping(api, headers, left, market.approved[0].id, "standard")
        await startPayment(api, headers, left)
        const here = await cartWith(market.setup.regions.vn, [])

        expect((await merge(an, here)).merged_cart_ids).toEqual([left])
        const placed = await api.post("/store/purchases", { cart_id: left }, { headers }).catch(failed)
        expect(placed.status).toBe(400)
        expect(placed.data.message).toMatch(/merged/)
        expect(await lines(here)).toEqual([{ variant_id: tea, quantity: 1, metadata: null }])
      })

      it("does nothing twice: a second call, or two at once, adds no line again", async () => {
        const an = await registerShopper(api, headers, "an@thunghiem.test")
        await cartWith(market.setup.regions.vn, [{ variant_id: tea, quantity: 2 }], an)
        const here = await cartWith(market.setup.regions.vn, [{ variant_id: orange, quantity: 1 }])

        const [first, second] = await Promise.all([merge(an, here), merge(an, here)])
        expect([first.added.length, second.added.length].sort()).toEqual([0, 1])
        const third = await merge(an, here)
        expect(third).toMatchObject({ added: [], not_added: [], merged_cart_ids: [] })
        expect(await lines(here)).toEqual([
          { variant_id: tea, quantity: 2, metadata: null },
          { variant_id: orange, quantity: 1, metadata: null },
        ].sort((a, b) => a.variant_id.localeCompare(b.variant_id)))
      })

      it("reports a line whose product is no longer sold or is out of stock instead of losing it silently", async () => {
        const container = getContainer()
        const an = await registerShopper(api, headers, "an@thunghiem.test")
        await cartWith(market.setup.regions.vn, [{ variant_id: tea, quantity: 1 }, { variant_id: orange, quantity: 1 }, { variant_id: honey, quantity: 2 }], an)
        const here = await cartWith(market.setup.regions.vn, [{ variant_id: honey, quantity: 1 }])

        // The orange product is taken off sale; the honey drops to two units, one of them already in this cart.
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id", "inventory_items.inventory_item_id"], filters: { id: [orange, honey] } })
        const rows = data as unknown as { id: string; product_id: string; inventory_items: { inventory_item_id: string }[] }[]
        await container.resolve(Modules.PRODUCT).updateProducts(rows.find((v) => v.id === orange)!.product_id, { status: "draft" })
        const inventory = container.resolve(Modules.INVENTORY)
        const itemId = rows.find((v) => v.id === honey)!.inventory_items[0]!.inventory_item_id
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
        await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: level!.location_id, stocked_quantity: 2 }])

        const result = await merge(an, here)
        expect(result.added.map((l) => [l.variant_id, l.quantity])).toEqual([[tea, 1]])
        expect(result.not_added.map((l) => [l.variant_id, l.quantity, l.reason]).sort()).toEqual(
          [
            [orange, 1, "no_longer_sold"],
            [honey, 2, "out_of_stock"],
          ].sort()
        )
        expect(result.not_added.every((l) => l.product_title.length > 0)).toBe(true)
        expect(await lines(here)).toEqual([
          { variant_id: tea, quantity: 1, metadata: null },
          { variant_id: honey, quantity: 1, metadata: null },
        ].sort((a, b) => a.variant_id.localeCompare(b.variant_id)))
      })

      it("leaves a cart in another region as it is, still open to come back to", async () => {
        const an = await registerShopper(api, headers, "an@thunghiem.test")
        const abroad = await cartWith(market.setup.regions.intl, [{ variant_id: tea, quantity: 1 }], an)
        const here = await cartWith(market.setup.regions.vn, [{ variant_id: orange, quantity: 1 }])

        const result = await merge(an, here)
        expect(result).toMatchObject({ added: [], not_added: [], merged_cart_ids: [], other_region_cart_ids: [abroad] })
        expect(await lines(here)).toEqual([{ variant_id: orange, quantity: 1, metadata: null }])
        expect(await lines(abroad)).toEqual([{ variant_id: tea, quantity: 1, metadata: null }])
        expect((await api.get(`/store/carts/${abroad}?fields=metadata,completed_at`, { headers })).data.cart).toMatchObject({ completed_at: null })
        expect((await api.get(`/store/carts/${abroad}?fields=metadata`, { headers })).data.cart.metadata?.merged_into_cart_id).toBeUndefined()
      })

      it("merges only the signed-in customer's own carts, and never into another customer's cart", async () => {
        const an = await registerShopper(api, headers, "an@thunghiem.test")
        const binh = await registerShopper(api, headers, "binh@thunghiem.test")
        const binhs = await cartWith(market.setup.regions.vn, [{ variant_id: tea, quantity: 1 }], binh)
        const here = await cartWith(market.setup.regions.vn, [{ variant_id: orange, quantity: 1 }])

        // Binh's cart is not An's to merge from…
        expect(await merge(an, here)).toMatchObject({ added: [], merged_cart_ids: [] })
        expect(await lines(here)).toEqual([{ variant_id: orange, quantity: 1, metadata: null }])
        // …nor to merge into: 404, and Binh's cart stays Binh's, with its lines.
        const refused = await api.post("/store/customers/me/carts/merge", { cart_id: binhs }, as(an)).catch(failed)
        expect(refused.status).toBe(404)
        expect(refused.data.message).not.toContain("binh")
        expect(await lines(binhs)).toEqual([{ variant_id: tea, quantity: 1, metadata: null }])
        expect(await openCart(binh)).toBe(binhs)
      })

      it("needs a signed-in customer, an open cart and a well-formed body", async () => {
        const an = await registerShopper(api, headers, "an@thunghiem.test")
        const here = await cartWith(market.setup.regions.vn, [])
        expect((await api.post("/store/customers/me/carts/merge", { cart_id: here }, { headers }).catch(failed)).status).toBe(401)
        const cases: [unknown, number, RegExp][] = [
          [{}, 400, /cart_id/],
          [{ cart_id: "giỏ hàng" }, 400, /cart_id/],
          [{ cart_id: here, extra: true }, 400, /extra/],
          [{ cart_id: "cart_01KHONGCOGIOHANGNAO" }, 404, /No open cart/],
        ]
        for (const [body, status, message] of cases) {
          const res = await api.post("/store/customers/me/carts/merge", body, as(an)).catch(failed)
          expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status])
          expect(res.data.message).toMatch(message)
        }
      })
    })
  },
})
