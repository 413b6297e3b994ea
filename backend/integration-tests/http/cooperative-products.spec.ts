import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeCooperativeStatusWorkflow } from "../../src/workflows/cooperative/change-cooperative-status"
import { failed } from "./fixtures/http"
import { seedMarketplace } from "./fixtures/marketplace"
import { approveCooperative, createSellerCooperative, type SellerCooperative, sellerHeaders } from "./fixtures/sellers"

jest.setTimeout(180_000)

const catch400 = (e: unknown) => e

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let a: SellerCooperative
    let b: SellerCooperative
    let store: { headers: Record<string, string> }

    const product = (overrides: Record<string, unknown> = {}) => ({
      title: "Cam sành Hàm Yên loại 1",
      title_en: "Hàm Yên king mandarin, grade 1",
      description: "Cam sành chín cây, hái buổi sáng, đóng thùng trong ngày.",
      category_ids: [market.category.id],
      weight: 1000,
      images: [{ url: "http://localhost:9000/static/cam-sanh.webp" }],
      status: "published",
      variants: [
        { title: "Thùng 5 kg", sku: "CAM-5KG", price_vnd: 150000, stock: 40 },
        { title: "Thùng 10 kg", sku: "CAM-10KG", price_vnd: 280000, stock: 12, weight: 10000 },
      ],
      ...overrides,
    })

    const storeHandles = async () => {
      const { data } = await api.get("/store/products?limit=100&fields=handle", store)
      return (data.products as { handle: string }[]).map((p) => p.handle)
    }

    const productCount = async () => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"] })
      return data.length
    }

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
    })

    beforeEach(async () => {
      a = await createSellerCooperative(api, getContainer(), 1, { pending: true })
      b = await createSellerCooperative(api, getContainer(), 2)
    })

    describe("POST /cooperative/products", () => {
      it("lists a product with VND and USD prices and stock, shown to shoppers only while the cooperative is approved", async () => {
        const { status, data } = await api.post("/cooperative/products", product(), a.headers)
        expect(status).toBe(201)
        expect(data.product).toMatchObject({
          title: "Cam sành Hàm Yên loại 1",
          title_en: "Hàm Yên king mandarin, grade 1",
          status: "published",
          category_ids: [market.category.id],
          variants: [
            expect.objectContaining({ title: "Thùng 5 kg", sku: "CAM-5KG", price_vnd: 150000, stock: 40 }),
            expect.objectContaining({ title: "Thùng 10 kg", price_vnd: 280000, stock: 12, weight: 10000 }),
          ],
        })
        const handle = data.product.handle as string
        expect(handle).toMatch(/^cam-sanh-ham-yen-loai-1-[0-9a-f]{6}$/)
        expect(await storeHandles()).not.toContain(handle)

        await approveCooperative(getContainer(), a.cooperative.id)
        expect(await storeHandles()).toContain(handle)
        const { data: shown } = await api.get(`/store/products?handle=${handle}&fields=*variants.calculated_price&region_id=${market.setup.regions.intl}`, store)
        expect(shown.products[0].variants.map((v: { calculated_price: { calculated_amount: number } }) => v.calculated_price.calculated_amount).sort((x: number, y: number) => x - y)).toEqual([5.77, 10.77])

        const suspend = { id: a.cooperative.id, action: "suspend" as const, reason: "Hàng không đúng mô tả", actor: { type: "system" as const, id: null } }
        await changeCooperativeStatusWorkflow(getContainer()).run({ input: suspend })
        expect(await storeHandles()).not.toContain(handle)
        await approveCooperative(getContainer(), a.cooperative.id)
        expect(await storeHandles()).toContain(handle)
      })

      it.each([
        [{ variants: [] }, /at least one variant/],
        [{ variants: [{ title: "Lẻ", price_vnd: 12.5, stock: 1 }] }, /^Invalid request: Price \(đồng; VND has no smaller unit\) must be a whole number\.$/],
        [{ variants: [{ title: "Lẻ", price_vnd: 20000, stock: -1 }] }, /Stock cannot be negative/],
        [{ variants: [{ title: "A", price_vnd: 20000, stock: 1 }, { title: "a", price_vnd: 20000, stock: 1 }] }, /Variant titles must be different/],
        [{ category_ids: ["pcat_khong_co"] }, /Unknown category/],
        [{ title: "" }, /Title must be 3 to 160 characters/],
        [{ images: [{ url: "javascript:alert(1)" }] }, /uploaded image/],
        [{ images: [{ url: "https://tracker.example.com/pixel.webp" }] }, /was not uploaded here/],
        [{ cooperative_id: "coop_khac" }, /cooperative_id/],
      ])("refuses %o with a message and creates nothing", async (override, message) => {
        const before = await productCount()
        const error = failed(await api.post("/cooperative/products", product(override), a.headers).catch(catch400))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(message)
        expect(await productCount()).toBe(before)
      })
    })

    describe("POST /cooperative/products/:id", () => {
      it("edits fields, prices and stock, adds and removes variants, archives and restores", async () => {
        await approveCooperative(getContainer(), a.cooperative.id)
        const { data: created } = await api.post("/cooperative/products", product(), a.headers)
        const byTitle = (title: string) => (created.product.variants as { id: string; title: string }[]).find((v) => v.title === title)!
        const [five, ten] = [byTitle("Thùng 5 kg"), byTitle("Thùng 10 kg")]
        const { data: edited } = await api.post(
          `/cooperative/products/${created.product.id}`,
          {
            title: "Cam sành Hàm Yên loại đặc biệt",
            variants: [
              { id: five.id, title: "Thùng 5 kg", sku: "CAM-5KG", price_vnd: 160000, stock: 35 },
              { title: "Thùng 3 kg", price_vnd: 99000, stock: 8 },
            ],
          },
          a.headers
        )
        expect(edited.product.title).toBe("Cam sành Hàm Yên loại đặc biệt")
        expect(edited.product.variants).toHaveLength(2)
        expect(edited.product.variants).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ id: five.id, price_vnd: 160000, stock: 35 }),
            expect.objectContaining({ title: "Thùng 3 kg", price_vnd: 99000, stock: 8 }),
          ])
        )
        expect(edited.product.variants.map((v: { id: string }) => v.id)).not.toContain(ten.id)

        const { data: archived } = await api.post(`/cooperative/products/${created.product.id}/archive`, {}, a.headers)
        expect(archived.product.status).toBe("archived")
        expect(await storeHandles()).not.toContain(created.product.handle)
        const { data: list } = await api.get("/cooperative/products?status=archived", a.headers)
        expect(list.products.map((p: { id: string }) => p.id)).toEqual([created.product.id])

        const { data: restored } = await api.post(`/cooperative/products/${created.product.id}/restore`, {}, a.headers)
        expect(restored.product.status).toBe("published")
        expect(await storeHandles()).toContain(created.product.handle)
      })

      it("finds products without diacritics", async () => {
        await api.post("/cooperative/products", product(), a.headers)
        await api.post("/cooperative/products", product({ title: "Bưởi Xuân Vân", variants: [{ title: "Quả 1,5 kg", sku: "BUOI-1", price_vnd: 60000, stock: 30 }] }), a.headers)
        const { data } = await api.get("/cooperative/products?q=buoi xuan", a.headers)
        expect(data.products.map((p: { title: string }) => p.title)).toEqual(["Bưởi Xuân Vân"])
        expect(data.count).toBe(1)
      })
    })

    describe("GET /cooperative/dashboard", () => {
      it("shows low stock of products on sale and the new cooperative's checklist, for its own cooperative only", async () => {
        const before = await api.get("/cooperative/dashboard", a.headers)
        expect(before.data).toMatchObject({ orders_to_handle: 0, low_stock: [] })
        expect(before.data.checklist.find((s: { key: string }) => s.key === "first_product").done).toBe(false)

        await api.post("/cooperative/products", product({ variants: [{ title: "Thùng 5 kg", sku: "CAM-5KG", price_vnd: 150000, stock: 3 }] }), a.headers)
        const after = await api.get("/cooperative/dashboard", a.headers)
        expect(after.data.low_stock).toEqual([expect.objectContaining({ product_title: "Cam sành Hàm Yên loại 1", variant_title: "Thùng 5 kg", stocked_quantity: 3 })])
        expect(after.data.checklist.find((s: { key: string }) => s.key === "first_product").done).toBe(true)
        expect(after.data.checklist.find((s: { key: string }) => s.key === "approved").done).toBe(false)

        expect((await api.get("/cooperative/dashboard", b.headers)).data.low_stock).toEqual([])
        expect(failed(await api.get("/cooperative/dashboard", sellerHeaders(b.token, a.cooperative.id)).catch(catch400)).status).toBe(403)
      })
    })

    describe("one cooperative never reaches another's products", () => {
      it("answers 404 in its own cooperative and 403 in the other's, and changes nothing", async () => {
        const { data: created } = await api.post("/cooperative/products", product(), a.headers)
        const id = created.product.id as string
        const attempts = (headers: { headers: Record<string, string> }) => [
          () => api.get(`/cooperative/products/${id}`, headers),
          () => api.post(`/cooperative/products/${id}`, { title: "Bị sửa trộm" }, headers),
          () => api.post(`/cooperative/products/${id}/archive`, {}, headers),
          () => api.post(`/cooperative/products/${id}/restore`, {}, headers),
        ]
        for (const [headers, expected] of [[b.headers, 404], [sellerHeaders(b.token, a.cooperative.id), 403]] as const) {
          for (const attempt of attempts(headers)) {
            expect([expected, failed(await attempt().catch(catch400)).status]).toEqual([expected, expected])
          }
        }
        const { data: list } = await api.get("/cooperative/products", b.headers)
        expect(list.products).toEqual([])
        const { data: still } = await api.get(`/cooperative/products/${id}`, a.headers)
        expect(still.product).toMatchObject({ title: "Cam sành Hàm Yên loại 1", status: "published" })
      })

      it("refuses another product's variant id in an edit", async () => {
        const { data: mine } = await api.post("/cooperative/products", product(), a.headers)
        const { data: theirs } = await api.post("/cooperative/products", product({ title: "Chè Shan tuyết" }), b.headers)
        const error = failed(
          await api
            .post(`/cooperative/products/${mine.product.id}`, { variants: [{ id: theirs.product.variants[0].id, title: "X", price_vnd: 10000, stock: 1 }] }, a.headers)
            .catch(catch400)
        )
        expect(error.status).toBe(400)
        const { data: after } = await api.get(`/cooperative/products/${theirs.product.id}`, b.headers)
        expect(after.product.variants[0]).toMatchObject({ title: "Thùng 5 kg", price_vnd: 150000 })
      })
    })
  },
})
