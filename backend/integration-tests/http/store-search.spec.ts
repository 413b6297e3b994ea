import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  createCollectionsWorkflow,
  deleteCollectionsWorkflow,
  deleteProductsWorkflow,
  updateCollectionsWorkflow,
  updateProductCategoriesWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { changeCooperativeStatusWorkflow } from "../../src/workflows/cooperative/change-cooperative-status"
import { SEARCH_MODULE } from "../../src/modules/search"
import type SearchModuleService from "../../src/modules/search/service"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, createOperator, OPERATOR, startPayment, variantIdsBySku } from "./fixtures/marketplace"
import { eventually, searchStore, seedSearchCatalogue } from "./fixtures/search"

jest.setTimeout(120 * 1000)

// The one contract every search provider answers: the app's own (PostgreSQL, or Meilisearch when MEILISEARCH_HOST is set).
const PROVIDER = process.env.MEILISEARCH_HOST ? "meilisearch" : "postgres"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: Awaited<ReturnType<typeof seedSearchCatalogue>>
    const search = (params: Record<string, string | number> = {}) => searchStore(api, seeded.publishableKey, params)
    const titles = (res: { data: { hits: { title_vi: string }[] } }) => res.data.hits.map((h) => h.title_vi)
    const visibleSeeds = () => [...seeded.seeds, ...seeded.honeySeeds]

    beforeAll(async () => {
      seeded = await seedSearchCatalogue(getContainer())
      await createOperator(getContainer())
    })

    describe(`GET /store/search (${PROVIDER})`, () => {
      it("finds Vietnamese text typed without diacritics, with đ folded and NFD input matching", async () => {
        const plain = await search({ q: "che shan tuyet" })
        expect(plain.status).toBe(200)
        expect(titles(plain)[0]).toMatch(/Shan tuyết/)
        const nfd = await search({ q: "Chè Shan tuyết".normalize("NFD") })
        expect(titles(nfd)).toEqual(titles(plain))
        const dong = await search({ q: "dac san", kind: "category" })
        expect(titles(dong)).toContain("Đặc sản")
      })

      it("forgives small typos", async () => {
        const res = await search({ q: "mat ogn" })
        expect(titles(res).some((t) => /Mật ong/.test(t))).toBe(true)
        const swapped = await search({ q: "cam snah" })
        expect(titles(swapped)[0]).toMatch(/Cam sành/)
      })

      it("knows synonyms (trà finds chè, honey finds mật ong) and English fields", async () => {
        const tra = await search({ q: "trà shan tuyết" })
        expect(titles(tra)).toEqual(expect.arrayContaining([expect.stringMatching(/^Chè Shan tuyết/)]))
        const honey = await search({ q: "honey" })
        expect(titles(honey)).toContain("Mật ong bạc hà Mèo Vạc")
        const english = await search({ q: "king oranges" })
        expect(titles(english)[0]).toBe("Cam sành Hàm Yên")
      })

      it("lists everything by the chosen sort when the query is empty", async () => {
        const res = await search({ sort: "price_asc", limit: 50 })
        expect(res.data.total).toBe(visibleSeeds().length)
        const prices = res.data.hits.map((h: { price_vnd: number }) => h.price_vnd)
        expect(prices).toEqual([...prices].sort((a, b) => a - b))
        expect(prices[0]).toBe(Math.min(...visibleSeeds().flatMap((s) => s.product.variants.map((v) => v.price_vnd))))
        expect(res.data.hits[0]).not.toHaveProperty("search_vector")
      })

      it("sorts by price down, newest and OCOP stars", async () => {
        const desc = (await search({ sort: "price_desc", limit: 50 })).data.hits.map((h: { price_vnd: number }) => h.price_vnd)
        expect(desc).toEqual([...desc].sort((a, b) => b - a))
        const newest = (await search({ sort: "newest", limit: 50 })).data.hits.map((h: { created_at: number }) => h.created_at)
        expect(newest).toEqual([...newest].sort((a, b) => b - a))
        const stars = await search({ sort: "stars" })
        expect(stars.data.hits[0]).toMatchObject({ title_vi: "Mật ong bạc hà Mèo Vạc", ocop_stars: 4, product_set: "4" })
      })

      it("ranks a title match above a mention in a description (relevance)", async () => {
        const res = await search({ q: "mật ong" })
        expect(titles(res)[0]).toMatch(/^Mật ong/)
        expect(res.data.total).toBeGreaterThan(1)
      })

      it("counts every facet over what matches", async () => {
        const res = await search({ facets: "category,product_set,ocop_stars,province,commune,cooperative,certifications,in_stock,price", limit: 1 })
        const { facets } = res.data
        const all = visibleSeeds()
        expect(facets.category).toEqual(
          expect.arrayContaining([
            { value: "dac-san", count: seeded.seeds.length, label_vi: "Đặc sản", label_en: "Đặc sản" },
            { value: "mat-ong", count: seeded.honeySeeds.length, label_vi: "Mật ong", label_en: "Honey" },
          ])
        )
        expect(facets.ocop_stars).toEqual([{ value: "4", count: 1 }])
        expect(facets.product_set).toEqual([{ value: "4", count: 1 }])
        expect(facets.province).toEqual([{ value: "Tuyên Quang", count: all.length }])
        expect(facets.commune.map((c: { value: string }) => c.value).sort()).toEqual([...new Set([...seeded.approved, seeded.honeyCoop].map((c: { commune: string }) => c.commune))].sort())
        expect(facets.cooperative.find((c: { value: string }) => c.value === seeded.honeyCoop.handle)).toMatchObject({ count: seeded.honeySeeds.length, label_vi: seeded.honeyCoop.name })
        expect(facets.in_stock).toEqual([{ value: "true", count: all.length }])
        expect(facets.certifications).toEqual([])
        // A product's price is its lowest variant's.
        const prices = all.map((s) => Math.min(...s.product.variants.map((v) => v.price_vnd)))
        expect(facets.price).toEqual({ min: Math.min(...prices), max: Math.max(...prices) })
      })

      it("filters by each field, and lists within a filter as alternatives", async () => {
        const honey = await search({ "filters[category]": "mat-ong", limit: 50 })
        expect(honey.data.total).toBe(seeded.honeySeeds.length)
        const four = await search({ "filters[ocop_stars]": "4" })
        expect(titles(four)).toEqual(["Mật ong bạc hà Mèo Vạc"])
        const either = await search({ "filters[cooperative]": `${seeded.honeyCoop.handle},${seeded.approved[0].handle}`, limit: 50 })
        expect(either.data.total).toBe(seeded.honeySeeds.length + seeded.seeds.filter((s) => s.cooperativeId === seeded.approved[0].id).length)
        const cheap = await search({ "filters[price_max]": 100000, limit: 50 })
        expect(cheap.data.hits.every((h: { price_vnd: number }) => h.price_vnd <= 100000)).toBe(true)
        const set = await search({ "filters[product_set]": "4", "filters[province]": "Tuyên Quang", "filters[in_stock]": "true" })
        expect(set.data.total).toBe(1)
        const none = await search({ "filters[certifications]": "vietgap" })
        expect(none.data.total).toBe(0)
      })

      it("finds cooperatives and categories as their own kinds", async () => {
        const coops = await search({ q: "ham yen", kind: "cooperative" })
        expect(coops.data.hits[0]).toMatchObject({ kind: "cooperative", handle: seeded.approved[1].handle })
        const categories = await search({ q: "honey", kind: "category" })
        expect(categories.data.hits).toEqual([expect.objectContaining({ kind: "category", handle: "mat-ong", title_en: "Honey" })])
      })

      it("never shows drafts or products of cooperatives that are not approved", async () => {
        expect(titles(await search({ q: "san pham nhap", limit: 50 }))).not.toContain("Sản phẩm nháp")
        const coops = await search({ kind: "cooperative", limit: 50 })
        expect(coops.data.hits.map((h: { handle: string }) => h.handle)).not.toContain("htx-cho-duyet")
      })

      it("sorts by best-selling: a placed purchase moves its product to the top, a cancelled order moves it back", async () => {
        const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        const handles = (res: { data: { hits: { handle: string }[] } }) => res.data.hits.map((h) => h.handle)
        const before = await search({ sort: "best_selling", limit: 50 })
        expect(before.status).toBe(200)
        expect(before.data.hits.every((h: { units_sold: number }) => h.units_sold === 0)).toBe(true)
        // Nothing sold yet: the newest first, as in the newest order.
        expect(handles(before)).toEqual(handles(await search({ sort: "newest", limit: 50 })))
        const last = [...seeded.seeds].reverse().find((s) => handles(before).indexOf(s.product.handle) === before.data.hits.length - 1) ?? seeded.seeds.find((s) => handles(before).includes(s.product.handle))!
        expect(handles(before)[0]).not.toBe(last.product.handle)

        const variants = await variantIdsBySku(api, store.headers)
        const cartId = await createCheckoutCart(api, store.headers, seeded.setup.regions.vn, [{ variant_id: variants.get(last.product.variants[0]!.sku)!, quantity: 3 }])
        await chooseShipping(api, store.headers, cartId, last.cooperativeId, "standard")
        await startPayment(api, store.headers, cartId)
        const purchase = (await api.post("/store/purchases", { cart_id: cartId }, store)).data.purchase
        const moved = await eventually(() => search({ sort: "best_selling", limit: 50 }), (r) => handles(r)[0] === last.product.handle)
        expect(moved.data.hits[0].units_sold).toBe(3)
        expect(moved.data.total).toBe(before.data.total)

        const orderId = (await api.get(`/store/purchases/${purchase.id}`, store)).data.purchase.orders[0].id
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: orderId } })
        await eventually(() => search({ sort: "best_selling", limit: 50 }), (r) => r.data.hits.every((h: { units_sold: number }) => h.units_sold === 0))
      })

      it("follows a product's new title, price and stock within seconds", async () => {
        const container = getContainer()
        const orange = seeded.products.find((p) => p.title === "Cam sành Hàm Yên")!
        await updateProductsWorkflow(container).run({ input: { selector: { id: orange.id }, update: { title: "Cam sành Hàm Yên vụ mới" } } })
        await eventually(() => search({ q: "vu moi" }), (r) => titles(r).includes("Cam sành Hàm Yên vụ mới"))

        const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { product_id: orange.id } })
        await updateProductVariantsWorkflow(container).run({ input: { product_variants: variants.map((v) => ({ id: v.id, prices: [{ currency_code: "vnd", amount: 1111 }] })) } })
        await eventually(() => search({ "filters[price_max]": 1111 }), (r) => titles(r).includes("Cam sành Hàm Yên vụ mới"))

        const inventory = container.resolve(Modules.INVENTORY)
        const items = (variants as { inventory_items?: ({ inventory_item_id: string } | null)[] | null }[]).flatMap((v) => (v.inventory_items ?? []).flatMap((i) => (i ? [i.inventory_item_id] : [])))
        const levels = await inventory.listInventoryLevels({ inventory_item_id: items })
        await inventory.updateInventoryLevels(levels.map((l) => ({ id: l.id, inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 0 })))
        await eventually(() => search({ q: "vu moi", "filters[in_stock]": "false" }), (r) => r.data.total === 1)
      })

      it("drops a suspended cooperative's products and brings them back when it is reinstated", async () => {
        const container = getContainer()
        const honey = seeded.honeyCoop
        await changeCooperativeStatusWorkflow(container).run({ input: { id: honey.id, action: "suspend", reason: "Kiểm tra chất lượng", actor: { type: "system", id: null } } })
        const ofHoney = { "filters[cooperative]": honey.handle }
        await eventually(() => search(ofHoney), (r) => r.data.total === 0)
        expect((await search({ q: "mat ong bac ha meo vac" })).data.total).toBe(0)
        expect((await search({ kind: "cooperative", q: "meo vac" })).data.total).toBe(0)
        await changeCooperativeStatusWorkflow(container).run({ input: { id: honey.id, action: "approve", actor: { type: "system", id: null } } })
        await eventually(() => search(ofHoney), (r) => r.data.total === seeded.honeySeeds.length)
      })

      it("follows a category's new name and handle, and a collection's new handle, and forgets a deleted collection", async () => {
        const container = getContainer()
        const honeyCount = (await search({ "filters[category]": "mat-ong" })).data.total
        expect(honeyCount).toBeGreaterThan(0)
        await updateProductCategoriesWorkflow(container).run({ input: { selector: { id: seeded.honeyCategory.id }, update: { name: "Mật ong rừng", handle: "mat-ong-rung" } } })
        await eventually(() => search({ "filters[category]": "mat-ong-rung" }), (r) => r.data.total === honeyCount)
        expect((await search({ "filters[category]": "mat-ong" })).data.total).toBe(0)
        await eventually(() => search({ kind: "category", q: "mat ong rung" }), (r) => titles(r).includes("Mật ong rừng"))

        const orange = seeded.products.find((p) => p.title === "Cam sành Hàm Yên")!
        const { result: [collection] } = await createCollectionsWorkflow(container).run({ input: { collections: [{ title: "Quà Tết", handle: "qua-tet" }] } })
        await updateProductsWorkflow(container).run({ input: { selector: { id: orange.id }, update: { collection_id: collection!.id } } })
        await eventually(() => search({ "filters[collection]": "qua-tet" }), (r) => titles(r).includes("Cam sành Hàm Yên"))
        await updateCollectionsWorkflow(container).run({ input: { selector: { id: collection!.id }, update: { handle: "qua-tet-2027" } } })
        await eventually(() => search({ "filters[collection]": "qua-tet-2027" }), (r) => titles(r).includes("Cam sành Hàm Yên"))
        expect((await search({ "filters[collection]": "qua-tet" })).data.total).toBe(0)
        await deleteCollectionsWorkflow(container).run({ input: { ids: [collection!.id] } })
        await eventually(() => search({ "filters[collection]": "qua-tet-2027" }), (r) => r.data.total === 0)
        // The product itself stays findable.
        expect(titles(await search({ q: "cam sanh ham yen" }))).toContain("Cam sành Hàm Yên")
      })

      it("forgets a deleted product", async () => {
        const container = getContainer()
        await deleteProductsWorkflow(container).run({ input: { ids: [seeded.mintHoney.id] } })
        await eventually(() => search({ "filters[ocop_stars]": "4" }), (r) => r.data.total === 0)
      })

      it("refuses bad input with a message and changes nothing", async () => {
        const cases: Record<string, string | number>[] = [
          { q: "a".repeat(201) },
          { "filters[colour]": "red" },
          { sort: "cheapest" },
          { filters: "ocop_stars:4" },
          { "filters[ocop_stars]": "6" },
          { "filters[price_min]": "abc" },
          { "filters[price_min]": 500, "filters[price_max]": 100 },
          { facets: "colour" },
          { limit: 0 },
          { offset: 5000 },
          { kind: "order" },
          { page: 2 },
        ]
        for (const params of cases) {
          const res = await search(params)
          expect({ params, status: res.status }).toEqual({ params, status: 400 })
          expect(res.data.message).toEqual(expect.any(String))
        }
      })

      it("cannot be broken by hostile strings in the query or the filters", async () => {
        const hostile = [`'; DROP TABLE search_document; --`, `\\`, `"`, `:*`, `& | ! <->`, `%_`, `mật' OR 1=1`, `(((`, "🍯 mật ong", `filters[x]`]
        for (const q of hostile) {
          const res = await search({ q, "filters[category]": q, facets: "category" })
          expect({ q, status: res.status }).toEqual({ q, status: 200 })
          expect(res.data.total).toBe(0)
        }
        expect((await search({ q: "🍯 mật ong" })).data.total).toBeGreaterThan(0)
        expect((await search({ limit: 50 })).data.total).toBe(visibleSeeds().length)
      })
    })

    describe("POST /admin/search/reindex", () => {
      const asOperator = async () => ({ headers: { authorization: `Bearer ${(await api.post("/auth/user/emailpass", OPERATOR)).data.token}` } })
      const progress = async (admin: { headers: Record<string, string> }) => (await api.get("/admin/search/reindex", admin)).data

      it("is for operators only", async () => {
        expect((await api.get("/admin/search/reindex").catch(failed)).status).toBe(401)
        expect((await api.post("/admin/search/reindex", {}).catch(failed)).status).toBe(401)
        const seller = await api.post("/admin/search/reindex", {}, { headers: { "x-publishable-api-key": seeded.publishableKey } }).catch(failed)
        expect(seller.status).toBe(401)
      })

      it("rebuilds the index in the background with progress, dropping documents without a source", async () => {
        const admin = await asOperator()
        const search = getContainer().resolve<SearchModuleService>(SEARCH_MODULE)
        const [orange] = (await searchStore(api, seeded.publishableKey, { q: "cam sanh ham yen" })).data.hits
        await search.upsertDocuments([{ ...orange, id: "prod_stray", handle: "khong-con-nua", title_vi: "Sản phẩm đã xoá khỏi danh mục" }])
        expect((await searchStore(api, seeded.publishableKey, { q: "da xoa khoi danh muc" })).data.total).toBe(1)

        const started = await api.post("/admin/search/reindex", {}, admin)
        expect(started.status).toBe(202)
        expect(started.data.reindex).toMatchObject({ status: "running", provider: PROVIDER })
        const done = await eventually(() => progress(admin), (p) => p.reindex.status !== "running")
        const products = seeded.seeds.length + seeded.honeySeeds.length + 1 // the draft is read too, and left out
        expect(done).toMatchObject({ provider: PROVIDER, reindex: { id: started.data.reindex.id, status: "done", error: null } })
        expect(done.reindex.total).toBeGreaterThanOrEqual(products)
        expect(done.reindex.indexed).toBe(done.reindex.total)
        expect((await searchStore(api, seeded.publishableKey, { q: "da xoa khoi danh muc" })).data.total).toBe(0)
        expect((await searchStore(api, seeded.publishableKey, { limit: 50 })).data.total).toBe(visibleSeeds().length)
      })

      it("refuses a second reindex while one runs, but not after one died silently", async () => {
        const admin = await asOperator()
        const search = getContainer().resolve<SearchModuleService>(SEARCH_MODULE)
        const running = await search.createSearchReindexRuns({ provider: PROVIDER, status: "running", started_at: new Date() })
        const refused = await api.post("/admin/search/reindex", {}, admin).catch(failed)
        expect(refused.status).toBe(409)
        expect(refused.data.message).toMatch(/already running/)
        await dbConnection.raw(`UPDATE "search_reindex_run" SET "updated_at" = now() - interval '11 minutes' WHERE "id" = ?`, [running.id])
        expect((await api.post("/admin/search/reindex", {}, admin)).status).toBe(202)
        const [interrupted] = await search.listSearchReindexRuns({ id: running.id })
        expect(interrupted).toMatchObject({ status: "failed", error: expect.stringMatching(/Interrupted/) })
        await eventually(() => progress(admin), (p) => p.reindex.status === "done")
      })

      it("takes no options", async () => {
        const res = await api.post("/admin/search/reindex", { full: true }, await asOperator()).catch(failed)
        expect(res.status).toBe(400)
      })
    })
  },
})
