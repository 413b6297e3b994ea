import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { OCOP_MODULE } from "../../src/modules/ocop"
import { addDays } from "../../src/modules/ocop/rules/vietnam-day"
import type OcopModuleService from "../../src/modules/ocop/service"
import { failed } from "./fixtures/http"
import { createOperator, OPERATOR, seedMarketplace } from "./fixtures/marketplace"
import { certificateEmails, listProduct, submitCertificate, today, waitForEmails } from "./fixtures/ocop"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(180_000)

type Badge = { product_id: string; stars: number; potential_five_star: boolean; product_set: { code: number }; expires_on: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let a: SellerCooperative
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let operatorId: string
    let tea: string
    let honey: string
    let spirit: string
    let brocade: string
    let crafts: { id: string }

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      await createOperator(getContainer())
      a = await createSellerCooperative(api, getContainer(), 1)
      crafts = await getContainer().resolve(Modules.PRODUCT).createProductCategories({ name: "Thủ công mỹ nghệ", handle: "thu-cong", is_active: true })
      tea = await listProduct(api, a, market.category.id, "Chè Shan tuyết Lũng Phìn")
      honey = await listProduct(api, a, market.category.id, "Mật ong bạc hà Mèo Vạc")
      spirit = await listProduct(api, a, market.category.id, "Rượu ngô men lá Quản Bạ")
      brocade = await listProduct(api, a, crafts.id, "Khăn thổ cẩm Lâm Bình")
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
    })

    beforeEach(async () => {
      const login = await api.post("/auth/user/emailpass", OPERATOR)
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
      operatorId = (await api.get("/admin/users/me", admin)).data.user.id
    })

    const verify = (id: string) => api.post(`/admin/ocop-certificates/${id}/verify`, {}, admin).catch(failed)
    const reject = (id: string, body: unknown) => api.post(`/admin/ocop-certificates/${id}/reject`, body, admin).catch(failed)
    const revoke = (id: string, body: unknown) => api.post(`/admin/ocop-certificates/${id}/revoke`, body, admin).catch(failed)
    const badges = async (query: string) => (await api.get(`/store/ocop/badges?${query}`, store)).data.badges as Badge[]
    const ocopProducts = async (query = "") => (await api.get(`/store/ocop/products?${query}`, store)).data as { products: { id: string; stars: number; potential_five_star: boolean }[]; count: number }

    describe("GET /admin/ocop-certificates", () => {
      it("gives the review queue by status, with each certificate's cooperative, searchable by number or cooperative", async () => {
        const waiting = await submitCertificate(api, a, [tea], { decision_number: "311/QĐ-UBND" })
        const done = await submitCertificate(api, a, [honey], { decision_number: "4120/QĐ-UBND", stars: 3 })
        await verify(done.id)

        const { data } = await api.get("/admin/ocop-certificates?status=submitted", admin)
        expect(data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(data.certificates).toEqual([
          expect.objectContaining({ id: waiting.id, status: "submitted", cooperative: { id: a.cooperative.id, name: "Hợp tác xã Thử nghiệm 1", handle: a.cooperative.handle } }),
        ])
        const verified = (await api.get("/admin/ocop-certificates?status=verified", admin)).data
        expect(verified.certificates.map((c: { id: string }) => c.id)).toEqual([done.id])
        const all = (await api.get("/admin/ocop-certificates", admin)).data
        expect(all.certificates.map((c: { id: string }) => c.id)).toEqual([done.id, waiting.id])

        const byNumber = (await api.get(`/admin/ocop-certificates?q=${encodeURIComponent("4120/QĐ")}`, admin)).data
        expect(byNumber.certificates.map((c: { id: string }) => c.id)).toEqual([done.id])
        const byCooperative = (await api.get(`/admin/ocop-certificates?q=${encodeURIComponent("thử nghiệm 1")}`, admin)).data
        expect(byCooperative.count).toBe(2)
        expect((await api.get("/admin/ocop-certificates?q=%25_%25", admin)).data.count).toBe(0)
      })

      it("answers 400 to an unknown status and 401 to a seller's token on every operator route", async () => {
        const bad = await api.get("/admin/ocop-certificates?status=approved", admin).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/status/)

        const certificate = await submitCertificate(api, a, [tea])
        const seller = a.headers
        for (const request of [
          () => api.get("/admin/ocop-certificates", seller),
          () => api.get(`/admin/ocop-certificates/${certificate.id}`, seller),
          () => api.post(`/admin/ocop-certificates/${certificate.id}/verify`, {}, seller),
          () => api.post(`/admin/ocop-certificates/${certificate.id}/reject`, { reason: "Không hợp lệ" }, seller),
          () => api.post(`/admin/ocop-certificates/${certificate.id}/revoke`, { reason: "Không hợp lệ" }, seller),
        ]) {
          expect((await request().catch(failed)).status).toBe(401)
        }
        const { data } = await api.get(`/admin/ocop-certificates/${certificate.id}`, admin)
        expect(data.certificate.status).toBe("submitted")
      })

      it("answers 404 for an unknown certificate", async () => {
        expect((await api.get("/admin/ocop-certificates/ocop_khong_co", admin).catch(failed)).status).toBe(404)
        expect((await verify("ocop_khong_co")).status).toBe(404)
      })
    })

    describe("POST /admin/ocop-certificates/:id/verify", () => {
      it("verifies a certificate: the badge shows in the store and the cooperative is told by e-mail", async () => {
        const certificate = await submitCertificate(api, a, [tea, honey], { potential_five_star: true })
        expect(await badges(`product_id=${tea}&product_id=${honey}`)).toEqual([])
        expect((await ocopProducts()).count).toBe(0)

        const res = await verify(certificate.id)
        expect(res.status).toBe(200)
        expect(res.data.certificate).toMatchObject({
          status: "verified",
          badge_active: true,
          status_reason: null,
          reviewed_at: expect.any(String),
          cooperative: { id: a.cooperative.id },
        })
        expect(res.data.certificate.history.map((h: { to_status: string; actor_type: string }) => [h.to_status, h.actor_type])).toEqual([
          ["verified", "user"],
          ["submitted", "seller"],
        ])

        const shown = await badges(`product_id=${tea}&product_id=${honey}&product_id=${spirit}`)
        expect(shown).toEqual([
          { product_id: tea, stars: 4, potential_five_star: true, product_set: { code: 11, group: "I", name_vi: "Chè", name_en: "Tea" }, expires_on: certificate.expires_on },
          { product_id: honey, stars: 4, potential_five_star: true, product_set: expect.objectContaining({ code: 11 }), expires_on: certificate.expires_on },
        ])
        expect(await badges(`cooperative_id=${a.cooperative.id}`)).toHaveLength(2)
        expect((await ocopProducts()).products.map((p) => p.id).sort()).toEqual([tea, honey].sort())
        const { data: seller } = await api.get(`/cooperative/ocop-certificates/${certificate.id}`, a.headers)
        expect(seller.certificate).toMatchObject({ status: "verified", badge_active: true })

        const emails = await waitForEmails(getContainer(), certificate.id, (e) => e.length > 0)
        expect(emails).toEqual([{ to: "htx1@thunghiem.test", template: "ocop-certificate-verified", data: expect.objectContaining({ kind: "verified" }) }])
      })

      it("refuses to verify a rejected certificate, with a sentence, and changes nothing", async () => {
        const certificate = await submitCertificate(api, a, [tea])
        await reject(certificate.id, { reason: "Bản scan không đọc được" })
        const res = await verify(certificate.id)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe('A rejected certificate cannot be verified; "verify" applies only to submitted certificates.')
        const { data } = await api.get(`/admin/ocop-certificates/${certificate.id}`, admin)
        expect(data.certificate.status).toBe("rejected")
        expect(data.certificate.history).toHaveLength(2)
        expect(await badges(`product_id=${tea}`)).toEqual([])
      })

      it("refuses to verify a certificate whose expiry day has come", async () => {
        const certificate = await submitCertificate(api, a, [tea], { expires_on: addDays(today(), 1) })
        await getContainer().resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertificates({ id: certificate.id, expires_on: today() })
        const res = await verify(certificate.id)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(`This certificate expired on ${today()}; it can no longer be verified.`)
      })

      it("refuses a body", async () => {
        const certificate = await submitCertificate(api, a, [tea])
        const res = await api.post(`/admin/ocop-certificates/${certificate.id}/verify`, { stars: 5 }, admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Unrecognized fields: 'stars'/)
      })
    })

    describe("POST /admin/ocop-certificates/:id/reject", () => {
      it("rejects with the reason, kept in the history with the operator, and tells the cooperative why", async () => {
        const certificate = await submitCertificate(api, a, [tea])
        const reason = "Số quyết định không khớp với bản scan"
        const res = await reject(certificate.id, { reason })
        expect(res.status).toBe(200)
        expect(res.data.certificate).toMatchObject({ status: "rejected", status_reason: reason, badge_active: false })
        expect(res.data.certificate.history[0]).toEqual({ from_status: "submitted", to_status: "rejected", reason, actor_type: "user", created_at: expect.any(String) })
        const { data } = await api.get(`/cooperative/ocop-certificates/${certificate.id}`, a.headers)
        expect(data.certificate.history[0].reason).toBe(reason)

        const { data: changes } = await getContainer().resolve("query").graph({
          entity: "ocop_certificate_status_change",
          fields: ["actor_id", "to_status"],
          filters: { certificate_id: certificate.id, to_status: "rejected" },
        })
        expect(changes).toEqual([{ actor_id: operatorId, to_status: "rejected" }])

        const emails = await waitForEmails(getContainer(), certificate.id, (e) => e.length > 0)
        expect(emails).toEqual([{ to: "htx1@thunghiem.test", template: "ocop-certificate-rejected", data: expect.objectContaining({ kind: "rejected" }) }])
      })

      it.each([
        ["no reason", {}, /reason/],
        ["a reason of 4 characters", { reason: " sai " }, /reason must be at least 5 characters/],
      ])("refuses %s with 400 and changes nothing", async (_case, body, message) => {
        const certificate = await submitCertificate(api, a, [tea])
        const res = await reject(certificate.id, body)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        const { data } = await api.get(`/admin/ocop-certificates/${certificate.id}`, admin)
        expect(data.certificate).toMatchObject({ status: "submitted", history: [expect.objectContaining({ to_status: "submitted" })] })
        expect(await certificateEmails(getContainer(), certificate.id)).toEqual([])
      })
    })

    describe("POST /admin/ocop-certificates/:id/revoke", () => {
      it("revokes a verified certificate: the badge disappears from the store at once", async () => {
        const certificate = await submitCertificate(api, a, [tea])
        await verify(certificate.id)
        expect(await badges(`product_id=${tea}`)).toHaveLength(1)

        const noReason = await revoke(certificate.id, {})
        expect(noReason.status).toBe(400)
        const res = await revoke(certificate.id, { reason: "Sản phẩm không còn đạt tiêu chí OCOP" })
        expect(res.status).toBe(200)
        expect(res.data.certificate).toMatchObject({ status: "revoked", badge_active: false, status_reason: "Sản phẩm không còn đạt tiêu chí OCOP" })
        expect(await badges(`product_id=${tea}`)).toEqual([])
        expect((await ocopProducts()).count).toBe(0)
        const emails = await waitForEmails(getContainer(), certificate.id, (e) => e.length > 1)
        expect(emails.map((e) => e.template)).toEqual(["ocop-certificate-verified", "ocop-certificate-revoked"])
      })

      it("refuses to revoke a certificate that was never verified", async () => {
        const certificate = await submitCertificate(api, a, [tea])
        const res = await revoke(certificate.id, { reason: "Sản phẩm không còn đạt tiêu chí" })
        expect(res.status).toBe(400)
        expect(res.data.message).toBe('A submitted certificate cannot be revoked; "revoke" applies only to verified certificates.')
      })
    })

    describe("GET /store/ocop/products and /store/ocop/badges", () => {
      beforeEach(async () => {
        for (const [products, stars, potential_five_star] of [
          [[spirit], 5, false],
          [[honey], 4, true],
          [[tea], 4, false],
          [[brocade], 3, false],
          // A lower certificate on the same product does not lower its badge.
          [[spirit], 3, false],
        ] as const) {
          const certificate = await submitCertificate(api, a, [...products], { stars, potential_five_star, product_set: products[0] === brocade ? 22 : 11 })
          await verify(certificate.id)
        }
      })

      it("sorts by stars either way, 4★ potential 5★ above plain 4★, and filters by minimum stars and category", async () => {
        const byStars = await ocopProducts("sort=stars_desc")
        expect(byStars).toEqual({
          products: [
            { id: spirit, stars: 5, potential_five_star: false },
            { id: honey, stars: 4, potential_five_star: true },
            { id: tea, stars: 4, potential_five_star: false },
            { id: brocade, stars: 3, potential_five_star: false },
          ],
          count: 4,
        })
        expect((await ocopProducts("sort=stars_asc")).products.map((p) => p.id)).toEqual([brocade, tea, honey, spirit])
        expect((await ocopProducts("min_stars=4")).products.map((p) => p.id)).toEqual([spirit, honey, tea])
        expect((await ocopProducts("min_stars=5")).products.map((p) => p.id)).toEqual([spirit])
        expect((await ocopProducts(`category_id=${crafts.id}`)).products.map((p) => p.id)).toEqual([brocade])
        expect((await ocopProducts("sort=newest")).products.map((p) => p.id)).toEqual([brocade, spirit, honey, tea])
        const page = await ocopProducts("limit=2&offset=1")
        expect([page.products.map((p) => p.id), page.count]).toEqual([[honey, tea], 4])
        expect((await badges(`product_id=${spirit}`))[0]).toMatchObject({ stars: 5 })
      })

      it("leaves out archived products", async () => {
        await api.post(`/cooperative/products/${honey}/archive`, {}, a.headers)
        expect((await ocopProducts()).products.map((p) => p.id)).toEqual([spirit, tea, brocade])
        expect(await badges(`product_id=${honey}`)).toEqual([])
      })

      it.each([
        ["min_stars=2", /min_stars must be 3, 4 or 5/],
        ["sort=price", /'stars_desc, stars_asc, newest' for field 'sort'/],
        ["limit=500", /limit/],
      ])("answers 400 to %s", async (query, message) => {
        const res = await api.get(`/store/ocop/products?${query}`, store).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })

      it("asks for products or a cooperative, at most 100 products", async () => {
        const none = await api.get("/store/ocop/badges", store).catch(failed)
        expect([none.status, none.data.message]).toEqual([400, expect.stringMatching(/Name either product_id/)])
        const many = Array.from({ length: 101 }, (_, i) => `product_id=prod_${i}`).join("&")
        const tooMany = await api.get(`/store/ocop/badges?${many}`, store).catch(failed)
        expect([tooMany.status, tooMany.data.message]).toEqual([400, expect.stringMatching(/at most 100 products/)])
      })

      it("gives the product sets to anyone with the publishable key", async () => {
        const { data } = await api.get("/store/ocop/product-sets", store)
        expect(data.product_sets).toHaveLength(26)
        expect((await api.get("/store/ocop/product-sets").catch(failed)).status).toBe(400)
      })
    })
  },
})
