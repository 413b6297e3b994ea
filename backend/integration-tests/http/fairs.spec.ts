import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { failed } from "./fixtures/http"
import { demoCooperatives } from "../../src/scripts/demo-data/cooperatives"
import { chooseShipping, createCheckoutCart, createOperator, createProductsFor, OPERATOR, seedMarketplace, startPayment, variantIdsBySku } from "./fixtures/marketplace"
import { createSellerCooperative } from "./fixtures/sellers"

jest.setTimeout(180 * 1000)

const DAY = 24 * 60 * 60 * 1000
// Instants as Việt Nam writes them (UTC+7), some days from now.
const vnTime = (daysFromNow: number) => {
  const t = new Date(Date.now() + daysFromNow * DAY + 7 * 60 * 60 * 1000)
  return `${t.toISOString().slice(0, 19)}+07:00`
}
const fairBody = (slug: string, startDays: number, endDays: number, extra: Record<string, unknown> = {}) => ({
  slug,
  name_vi: `Hội chợ ${slug}`,
  name_en: `Fair ${slug}`,
  kind: "both",
  venue_name: "Quảng trường Nguyễn Tất Thành",
  venue_address: "Phường Minh Xuân, Tuyên Quang",
  starts_at: vnTime(startDays),
  ends_at: vnTime(endDays),
  organiser: "Sở Công Thương Tuyên Quang",
  ...extra,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    const createFair = async (body: Record<string, unknown>) => (await api.post("/admin/fairs", body, admin)).data.fair as { id: string; slug: string; status: string; phase: string }
    const act = (id: string, action: string) => api.post(`/admin/fairs/${id}/status`, { action }, admin)

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      await createOperator(getContainer())
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
    })

    beforeEach(async () => {
      const login = await api.post("/auth/user/emailpass", OPERATOR)
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
    })

    describe("operators manage fairs", () => {
      it("only operators: no one else may list or create them", async () => {
        expect((await api.get("/admin/fairs").catch(failed)).status).toBe(401)
        expect((await api.post("/admin/fairs", fairBody("khong-duoc", 5, 7)).catch(failed)).status).toBe(401)
      })

      it("creates a fair as a draft, edits it, opens applications and publishes it", async () => {
        const fair = await createFair(fairBody("hoi-cho-ocop-mua-dong", 10, 12, { application_deadline: vnTime(8) }))
        expect(fair).toMatchObject({ slug: "hoi-cho-ocop-mua-dong", status: "draft", phase: "draft" })
        const edited = await api.post(`/admin/fairs/${fair.id}`, { name_en: "Winter OCOP fair", kind: "online", venue_name: null, venue_address: null }, admin)
        expect(edited.data.fair).toMatchObject({ name_en: "Winter OCOP fair", kind: "online", venue_name: null })
        expect((await act(fair.id, "open_applications")).data.fair).toMatchObject({ status: "open", phase: "open" })
        expect((await act(fair.id, "publish")).data.fair).toMatchObject({ status: "published", phase: "upcoming" })
      })

      it("refuses what does not add up, with a message, and saves nothing", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [fairBody("sai-ngay", 7, 5), /end after it starts/],
          [fairBody("han-muon", 5, 7, { application_deadline: vnTime(6) }), /close before the fair starts/],
          [{ ...fairBody("khong-dia-diem", 5, 7), venue_name: undefined }, /venue/],
          [fairBody("Sai Slug", 5, 7), /slug/],
          [fairBody("gio-sai", 5, 7, { starts_at: "5/12/2026 8:00" }), /starts_at/],
          [fairBody("la", 5, 7, { price: 1 }), /price|Unrecognized/i],
        ]
        for (const [body, message] of cases) {
          const res = await api.post("/admin/fairs", body, admin).catch(failed)
          expect({ status: res.status, message: res.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
        }
        await createFair(fairBody("trung-slug", 5, 7))
        const twice = await api.post("/admin/fairs", fairBody("trung-slug", 8, 9), admin).catch(failed)
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/already has the slug/)
        expect((await api.get("/admin/fairs", admin)).data.count).toBe(1)
      })

      it("keeps a live fair from being archived or withdrawn, and an ended one from being published", async () => {
        const live = await createFair(fairBody("dang-dien-ra", -1, 2))
        await act(live.id, "publish")
        for (const action of ["archive", "back_to_draft"]) {
          const res = await act(live.id, action).catch(failed)
          expect(res.status).toBe(400)
        }
        const past = await createFair(fairBody("da-qua", -10, -8))
        const res = await act(past.id, "publish").catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/ended/)
      })
    })

    describe("booths", () => {
      it("invites approved cooperatives only, once each, and approves a booth with a code no other booth has", async () => {
        const fair = await createFair(fairBody("gian-hang", 10, 12))
        const [tea, orange] = market.approved
        const invited = await api.post(`/admin/fairs/${fair.id}/booths`, { cooperative_id: tea.id }, admin)
        expect(invited.status).toBe(201)
        expect(invited.data.booth).toMatchObject({ status: "invited", code: null, cooperative: { id: tea.id } })

        const pending = await api.post(`/admin/fairs/${fair.id}/booths`, { cooperative_id: market.pending.id }, admin).catch(failed)
        expect(pending.status).toBe(400)
        expect(pending.data.message).toMatch(/not an approved cooperative/)
        const again = await api.post(`/admin/fairs/${fair.id}/booths`, { cooperative_id: tea.id }, admin).catch(failed)
        expect(again.data.message).toMatch(/already has a booth/)

        const poster = (id: string) => api.get(`/admin/fairs/${fair.id}/booths/${id}/poster`, { ...admin, responseType: "arraybuffer" }).catch(failed)
        expect((await poster(invited.data.booth.id)).status).toBe(400)
        const approved = await api.post(`/admin/fairs/${fair.id}/booths/${invited.data.booth.id}`, { decision: "approved", code: "a12" }, admin)
        expect(approved.data.booth).toMatchObject({ status: "approved", code: "A12" })
        const pdf = await poster(invited.data.booth.id)
        expect(pdf.status).toBe(200)
        expect(Buffer.from(pdf.data as unknown as ArrayBuffer).subarray(0, 5).toString()).toBe("%PDF-")
        const second = (await api.post(`/admin/fairs/${fair.id}/booths`, { cooperative_id: orange.id }, admin)).data.booth
        const clash = await api.post(`/admin/fairs/${fair.id}/booths/${second.id}`, { decision: "approved", code: "A12" }, admin).catch(failed)
        expect(clash.status).toBe(400)
        expect(clash.data.message).toMatch(/A12 is already/)
        const noReason = await api.post(`/admin/fairs/${fair.id}/booths/${second.id}`, { decision: "rejected" }, admin).catch(failed)
        expect(noReason.status).toBe(400)
        const rejected = await api.post(`/admin/fairs/${fair.id}/booths/${second.id}`, { decision: "rejected", reason: "Sản phẩm chưa đạt OCOP" }, admin)
        expect(rejected.data.booth).toMatchObject({ status: "rejected", reject_reason: "Sản phẩm chưa đạt OCOP" })
      })
    })

    describe("cooperatives apply", () => {
      it("with their own products at fair prices before the deadline; the operator approves and visitors see the products at fair prices", async () => {
        const container = getContainer()
        const honey = await createSellerCooperative(api, container, 71)
        const [seed] = await createProductsFor(container, market, honey.cooperative.id, demoCooperatives[3].products.slice(0, 1), "hc")
        const variants = await variantIdsBySku(api, store.headers)
        const own = { id: variants.get(seed!.product.variants[0]!.sku)!, price: seed!.product.variants[0]!.price_vnd }
        const foreign = variants.get(market.seeds[0]!.product.variants[0]!.sku)!

        const fair = await createFair(fairBody("hoi-cho-dang-ky", 5, 7, { application_deadline: vnTime(3) }))
        await act(fair.id, "open_applications")
        const listed = (await api.get("/cooperative/fairs", honey.headers)).data.fairs
        expect(listed).toEqual([expect.objectContaining({ slug: "hoi-cho-dang-ky", phase: "open", booth: null })])

        const apply = (items: unknown) => api.post(`/cooperative/fairs/${fair.id}/apply`, { items }, honey.headers).catch(failed)
        const refusals: [unknown, RegExp][] = [
          [[{ variant_id: foreign, fair_price: 1000 }], /No product variant .* of your cooperative/],
          [[{ variant_id: own.id, fair_price: own.price + 1000 }], /above its regular price/],
          [[{ variant_id: own.id, fair_price: -1 }], /below zero/],
          [[], /at least one product/],
        ]
        for (const [items, message] of refusals) {
          const res = await apply(items)
          expect({ status: res.status, message: res.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
        }
        expect((await api.get(`/admin/fairs/${fair.id}/booths`, admin)).data.booths).toEqual([])

        const fairPrice = Math.round((own.price * 0.9) / 1000) * 1000
        const applied = await apply([{ variant_id: own.id, fair_price: fairPrice }])
        expect(applied.status).toBe(201)
        expect(applied.data.fair.booth).toMatchObject({ status: "applied", products: [{ variant_id: own.id, fair_price: fairPrice }] })
        expect((await apply([{ variant_id: own.id, fair_price: fairPrice }])).data.message).toMatch(/already has a booth/)

        const booth = applied.data.fair.booth
        // The operator judges the application by what it features: each product with its fair and regular price.
        const reviewed = (await api.get(`/admin/fairs/${fair.id}/booths`, admin)).data.booths.find((b: { id: string }) => b.id === booth.id)
        expect(reviewed).toMatchObject({ status: "applied", products: [{ variant_id: own.id, fair_price: fairPrice, regular_price: own.price, title: expect.any(String) }] })
        await api.post(`/admin/fairs/${fair.id}/booths/${booth.id}`, { decision: "approved", code: "C03" }, admin)
        await act(fair.id, "publish")
        const products = (await api.get(`/store/fairs/hoi-cho-dang-ky/products`, store)).data.products
        expect(products).toEqual([
          expect.objectContaining({ booth: expect.objectContaining({ code: "C03" }), variant: expect.objectContaining({ id: own.id }), regular_price: own.price, fair_price: fairPrice }),
        ])
        expect((await api.get(`/store/fairs/hoi-cho-dang-ky/products?booth=Z99`, store)).data.products).toEqual([])
        expect((await api.get(`/cooperative/fairs`, honey.headers)).data.fairs[0].booth).toMatchObject({ status: "approved", code: "C03" })
        await api.post(`/store/fairs/hoi-cho-dang-ky/visits`, { booth_code: "C03" }, store)
        const figures = (await api.get(`/cooperative/fairs/${fair.id}/report`, honey.headers)).data.report
        expect(figures).toMatchObject({ code: "C03", total: { visits: 1, orders: 0, revenue: 0, leads: 0 } })
        const stranger = await createSellerCooperative(api, container, 74)
        expect((await api.get(`/cooperative/fairs/${fair.id}/report`, stranger.headers).catch(failed)).status).toBe(404)
      })

      it("fair prices apply in the cart only while the fair is live, and only to the featured products", async () => {
        const container = getContainer()
        const tea = await createSellerCooperative(api, container, 73)
        const seeds = await createProductsFor(container, market, tea.cooperative.id, demoCooperatives[0].products.slice(0, 2), "fp")
        const variants = await variantIdsBySku(api, store.headers)
        const [featured, other] = seeds.map((s) => ({ id: variants.get(s.product.variants[0]!.sku)!, price: s.product.variants[0]!.price_vnd }))
        const fairPrice = Math.round((featured!.price * 0.8) / 1000) * 1000

        const fair = await createFair(fairBody("gia-hoi-cho", 5, 7, { application_deadline: vnTime(3) }))
        await act(fair.id, "open_applications")
        const booth = (await api.post(`/cooperative/fairs/${fair.id}/apply`, { items: [{ variant_id: featured!.id, fair_price: fairPrice }] }, tea.headers)).data.fair.booth
        await api.post(`/admin/fairs/${fair.id}/booths/${booth.id}`, { decision: "approved", code: "D01" }, admin)
        await act(fair.id, "publish")

        // What a shopper pays per unit, read from a new cart as Medusa prices it now.
        const unitPrices = async () => {
          const { data } = await api.post("/store/carts", { region_id: market.setup.regions.vn }, store)
          for (const v of [featured!, other!]) await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: v.id, quantity: 1 }, store)
          const cart = (await api.get(`/store/carts/${data.cart.id}`, store)).data.cart as { items: { variant_id: string; unit_price: number }[] }
          return [featured!, other!].map((v) => cart.items.find((i) => i.variant_id === v.id)!.unit_price)
        }
        expect(await unitPrices()).toEqual([featured!.price, other!.price])
        // The clock is moved by moving the fair: now it is live, then it is over.
        await api.post(`/admin/fairs/${fair.id}`, { application_deadline: vnTime(-2), starts_at: vnTime(-1), ends_at: vnTime(2) }, admin)
        expect(await unitPrices()).toEqual([fairPrice, other!.price])
        await api.post(`/admin/fairs/${fair.id}`, { application_deadline: vnTime(-4), starts_at: vnTime(-3), ends_at: vnTime(-1) }, admin)
        expect(await unitPrices()).toEqual([featured!.price, other!.price])
      })

      it("once invited, with the booth it was invited to: the code stays, and a refused application leaves the invitation", async () => {
        const container = getContainer()
        const guest = await createSellerCooperative(api, container, 75)
        const [seed] = await createProductsFor(container, market, guest.cooperative.id, demoCooperatives[1].products.slice(0, 1), "iv")
        const variant = { id: (await variantIdsBySku(api, store.headers)).get(seed!.product.variants[0]!.sku)!, price: seed!.product.variants[0]!.price_vnd }
        const fair = await createFair(fairBody("duoc-moi", 6, 8, { application_deadline: vnTime(4) }))
        await act(fair.id, "open_applications")
        const invited = (await api.post(`/admin/fairs/${fair.id}/booths`, { cooperative_id: guest.cooperative.id, code: "B07" }, admin)).data.booth
        const boothOf = async () => (await api.get("/cooperative/fairs", guest.headers)).data.fairs.find((f: { id: string }) => f.id === fair.id).booth
        expect(await boothOf()).toMatchObject({ id: invited.id, status: "invited", code: "B07", products: [] })

        const apply = (fair_price: number) => api.post(`/cooperative/fairs/${fair.id}/apply`, { items: [{ variant_id: variant.id, fair_price }] }, guest.headers).catch(failed)
        const above = await apply(variant.price + 1000)
        expect({ status: above.status, message: above.data.message }).toEqual({ status: 400, message: expect.stringMatching(/above its regular price/) })
        expect(await boothOf()).toMatchObject({ id: invited.id, status: "invited", products: [] })

        const fairPrice = Math.round((variant.price * 0.9) / 1000) * 1000
        const applied = await apply(fairPrice)
        expect(applied.status).toBe(201)
        expect(applied.data.fair.booth).toMatchObject({ id: invited.id, status: "applied", code: "B07", products: [{ variant_id: variant.id, fair_price: fairPrice }] })
        expect((await apply(fairPrice)).data.message).toMatch(/already has a booth/)
        expect((await api.get(`/admin/fairs/${fair.id}/booths`, admin)).data.booths).toEqual([expect.objectContaining({ id: invited.id, status: "applied" })])
      })

      it("an operator takes a featured product out of a booth: its fair price stops at once; the booth's last product stays", async () => {
        const container = getContainer()
        const rice = await createSellerCooperative(api, container, 75)
        const seeds = await createProductsFor(container, market, rice.cooperative.id, demoCooperatives[2].products.slice(0, 2), "wd")
        const variants = await variantIdsBySku(api, store.headers)
        const [first, second] = seeds.map((s) => ({ id: variants.get(s.product.variants[0]!.sku)!, price: s.product.variants[0]!.price_vnd }))
        const fair = await createFair(fairBody("rut-san-pham", -1, 2))
        await act(fair.id, "open_applications")
        const items = [first!, second!].map((v) => ({ variant_id: v.id, fair_price: v.price - 1000 }))
        const booth = (await api.post(`/cooperative/fairs/${fair.id}/apply`, { items }, rice.headers)).data.fair.booth
        await api.post(`/admin/fairs/${fair.id}/booths/${booth.id}`, { decision: "approved", code: "W01" }, admin)
        await act(fair.id, "publish")

        const unitPrices = async () => {
          const { data } = await api.post("/store/carts", { region_id: market.setup.regions.vn }, store)
          for (const v of [first!, second!]) await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: v.id, quantity: 1 }, store)
          const cart = (await api.get(`/store/carts/${data.cart.id}`, store)).data.cart as { items: { variant_id: string; unit_price: number }[] }
          return [first!, second!].map((v) => cart.items.find((i) => i.variant_id === v.id)!.unit_price)
        }
        expect(await unitPrices()).toEqual([first!.price - 1000, second!.price - 1000])

        const listed = (await api.get(`/admin/fairs/${fair.id}/booths`, admin)).data.booths[0] as { products: { id: string; variant_id: string }[] }
        const secondRow = listed.products.find((p) => p.variant_id === second!.id)!
        const path = (productId: string) => `/admin/fairs/${fair.id}/booths/${booth.id}/products/${productId}`
        // Only operators curate a fair.
        expect((await api.delete(path(secondRow.id), rice.headers).catch(failed)).status).toBe(401)
        const removed = await api.delete(path(secondRow.id), admin)
        expect(removed.data.booth.products.map((p: { variant_id: string }) => p.variant_id)).toEqual([first!.id])
        expect(await unitPrices()).toEqual([first!.price - 1000, second!.price])
        expect((await api.get(`/store/fairs/${fair.slug}/products`, store)).data.products.map((p: { variant: { id: string } }) => p.variant.id)).toEqual([first!.id])

        const lastRow = removed.data.booth.products[0].id
        const last = await api.delete(path(lastRow), admin).catch(failed)
        expect({ status: last.status, message: last.data.message }).toEqual({ status: 400, message: expect.stringMatching(/at least one product/) })
        expect((await api.delete(path("bprod_khong_co"), admin).catch(failed)).status).toBe(404)
        expect(await unitPrices()).toEqual([first!.price - 1000, second!.price])
      })

      it("cannot apply after the deadline or to a fair not taking applications", async () => {
        const container = getContainer()
        const wine = await createSellerCooperative(api, container, 72)
        const [seed] = await createProductsFor(container, market, wine.cooperative.id, demoCooperatives[4].products.slice(0, 1), "hw")
        const variantId = (await variantIdsBySku(api, store.headers)).get(seed!.product.variants[0]!.sku)!
        const late = await createFair(fairBody("het-han", 2, 4, { application_deadline: vnTime(-1) }))
        await act(late.id, "open_applications")
        const draft = await createFair(fairBody("chua-mo", 5, 7))
        for (const [fair, message] of [[late, /closed/], [draft, /not taking applications/]] as const) {
          const res = await api.post(`/cooperative/fairs/${fair.id}/apply`, { items: [{ variant_id: variantId, fair_price: 1000 }] }, wine.headers).catch(failed)
          expect({ status: res.status, message: res.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
        }
      })
    })

    describe("the fair's report", () => {
      it("counts visits, orders started from the fair with what their lines came to, and trade leads, per booth and per day, as JSON and CSV", async () => {
        const [tea, orange] = market.approved
        const fair = await createFair(fairBody("bao-cao-hoi-cho", -1, 2))
        const booth = (await api.post(`/admin/fairs/${fair.id}/booths`, { cooperative_id: tea.id, code: "R01" }, admin)).data.booth
        await api.post(`/admin/fairs/${fair.id}/booths/${booth.id}`, { decision: "approved" }, admin)
        await act(fair.id, "publish")

        for (const body of [{}, {}, { booth_code: "r01" }]) expect((await api.post(`/store/fairs/${fair.slug}/visits`, body, store)).status).toBe(201)
        expect((await api.post(`/store/fairs/${fair.slug}/visits`, { booth_code: "Z9" }, store).catch(failed)).status).toBe(400)
        expect((await api.post(`/store/fairs/khong-co/visits`, {}, store).catch(failed)).status).toBe(404)

        // One purchase: the tea added from the fair's booth, the oranges from the ordinary catalogue.
        const variants = await variantIdsBySku(api, store.headers)
        const teaSeed = market.seeds.find((x) => x.cooperativeId === tea.id)!
        const orangeSeed = market.seeds.find((x) => x.cooperativeId === orange.id)!
        const cartId = await createCheckoutCart(api, store.headers, market.setup.regions.vn, [
          { variant_id: variants.get(teaSeed.product.variants[0]!.sku)!, quantity: 2, metadata: { fair_slug: fair.slug, booth_code: "R01" } },
          { variant_id: variants.get(orangeSeed.product.variants[0]!.sku)!, quantity: 1 },
        ])
        await chooseShipping(api, store.headers, cartId, tea.id, "standard")
        await chooseShipping(api, store.headers, cartId, orange.id, "standard")
        // The shopper has a 10% code: the fair's revenue is what the tea lines came to after it.
        await createPromotionsWorkflow(getContainer()).run({
          input: {
            promotionsData: [
              { code: "HOICHO10", type: "standard", status: "active", is_automatic: false, application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 } },
            ],
          },
        })
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["HOICHO10"] }, store)
        await startPayment(api, store.headers, cartId)
        const purchase = (await api.post("/store/purchases", { cart_id: cartId }, store)).data.purchase
        const teaOrder = (await api.get(`/store/purchases/${purchase.id}`, store)).data.purchase.orders.find((o: { cooperative: { handle: string } }) => o.cooperative.handle === tea.handle)
        const teaLines = teaOrder.item_total
        expect(teaLines).toBe(Math.round(teaOrder.items[0].unit_price * 2 * 0.9))
        await api.post("/store/trade-leads", { cooperative: tea.handle, fair_slug: fair.slug, booth_code: "R01", quantity: "1 tấn", target_market: "Hàn Quốc", company: "Kim Trading", contact_name: "Kim Min", email: "kim@example.test", message: "Xin báo giá chè xuất khẩu sang Hàn Quốc." }, store)

        const report = async () => (await api.get(`/admin/fairs/${fair.id}/report`, admin)).data.report
        const deadline = Date.now() + 15_000
        while ((await report()).total.orders === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 300))
        const r = await report()
        expect(r.total).toEqual({ visits: 3, orders: 1, revenue: teaLines, leads: 1 })
        expect(r.by_booth).toEqual([
          { code: null, cooperative: null, visits: 2, orders: 0, revenue: 0, leads: 0 },
          { code: "R01", cooperative: tea.name, visits: 1, orders: 1, revenue: teaLines, leads: 1 },
        ])
        const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)
        expect(r.by_day).toEqual([{ day: today, visits: 3, orders: 1, revenue: teaLines, leads: 1 }])

        const csv = await api.get(`/admin/fairs/${fair.id}/report?format=csv`, { ...admin, responseType: "arraybuffer" })
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        const text = Buffer.from(csv.data).toString("utf8")
        // A byte order mark first, so Excel opens the cooperatives' Vietnamese names as UTF-8.
        expect(text.startsWith("\uFEFF")).toBe(true)
        expect(text.slice(1).split("\n")).toEqual(
          expect.arrayContaining(["section,booth,cooperative,day,visits,orders,revenue_vnd,leads", `booth,R01,${tea.name},,1,1,${teaLines},1`, `day,,,${today},3,1,${teaLines},1`])
        )
        expect((await api.get(`/admin/fairs/${fair.id}/report`).catch(failed)).status).toBe(401)
      })
    })

    describe("visitors see fairs", () => {
      it("lists live, upcoming and past fairs, never drafts or archived ones, and opens one with its approved booths", async () => {
        const live = await createFair(fairBody("hoi-cho-dang-mo", -1, 2))
        const upcoming = await createFair(fairBody("hoi-cho-sap-toi", 5, 7))
        const past = await createFair(fairBody("hoi-cho-nam-ngoai", -30, -28))
        const draft = await createFair(fairBody("hoi-cho-nhap", 3, 4))
        for (const f of [live, upcoming]) await act(f.id, "publish")
        // A past fair: published while it lay ahead, then its dates moved back, as time itself would have done.
        await api.post(`/admin/fairs/${past.id}`, { starts_at: vnTime(1), ends_at: vnTime(2) }, admin)
        await act(past.id, "publish")
        await api.post(`/admin/fairs/${past.id}`, { starts_at: vnTime(-30), ends_at: vnTime(-28) }, admin)

        const slugs = async (status?: string) => ((await api.get(`/store/fairs${status ? `?status=${status}` : ""}`, store)).data.fairs as { slug: string; phase: string }[]).map((f) => `${f.slug}:${f.phase}`)
        expect(await slugs("live")).toEqual(["hoi-cho-dang-mo:live"])
        expect(await slugs("upcoming")).toEqual(["hoi-cho-sap-toi:upcoming"])
        expect(await slugs("past")).toEqual(["hoi-cho-nam-ngoai:ended"])
        expect(await slugs()).not.toContain(`${draft.slug}:draft`)
        await act(past.id, "archive")
        expect(await slugs("past")).toEqual([])
        expect((await api.get(`/store/fairs/${draft.slug}`, store).catch(failed)).status).toBe(404)
        expect((await api.get("/store/fairs?status=soon", store).catch(failed)).status).toBe(400)

        const [tea, orange] = market.approved
        const booth = (await api.post(`/admin/fairs/${live.id}/booths`, { cooperative_id: tea.id, code: "B01" }, admin)).data.booth
        await api.post(`/admin/fairs/${live.id}/booths/${booth.id}`, { decision: "approved" }, admin)
        await api.post(`/admin/fairs/${live.id}/booths`, { cooperative_id: orange.id }, admin)
        const detail = (await api.get(`/store/fairs/${live.slug}`, store)).data.fair
        expect(detail).toMatchObject({ slug: live.slug, phase: "live", kind: "both" })
        expect(detail.booths).toEqual([expect.objectContaining({ code: "B01", cooperative: expect.objectContaining({ handle: tea.handle }) })])
      })
    })
  },
})
