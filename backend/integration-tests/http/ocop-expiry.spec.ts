import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import expireOcopCertificatesJob from "../../src/jobs/expire-ocop-certificates"
import { OCOP_MODULE } from "../../src/modules/ocop"
import { addDays } from "../../src/modules/ocop/rules/vietnam-day"
import type OcopModuleService from "../../src/modules/ocop/service"
import { changeCooperativeStatusWorkflow } from "../../src/workflows/cooperative/change-cooperative-status"
import { changeOcopCertificateStatusWorkflow } from "../../src/workflows/ocop/change-ocop-certificate-status"
import { expireOcopCertificatesWorkflow } from "../../src/workflows/ocop/expire-ocop-certificates"
import { seedMarketplace } from "./fixtures/marketplace"
import { certificateEmails, listProduct, submitCertificate, today } from "./fixtures/ocop"
import { approveCooperative, createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let a: SellerCooperative
    let store: { headers: Record<string, string> }
    let tea: string

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      a = await createSellerCooperative(api, getContainer(), 1)
      tea = await listProduct(api, a, market.category.id, "Chè Shan tuyết Lũng Phìn")
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
    })

    const verified = async (overrides: Record<string, unknown> = {}) => {
      const certificate = await submitCertificate(api, a, [tea], overrides)
      await changeOcopCertificateStatusWorkflow(getContainer()).run({ input: { id: certificate.id, action: "verify", actor: { type: "user", id: null } } })
      return certificate
    }
    const run = async (now: string) => (await expireOcopCertificatesWorkflow(getContainer()).run({ input: { now } })).result
    const certificate = async (id: string) => (await api.get(`/cooperative/ocop-certificates/${id}`, a.headers)).data.certificate
    const badges = async (query: string) => (await api.get(`/store/ocop/badges?${query}`, store)).data.badges as { product_id: string }[]
    const warningsSent = async (id: string) =>
      (await certificateEmails(getContainer(), id)).filter((e) => e.template === "ocop-certificate-expiring").map((e) => e.data.warning)

    describe("expireOcopCertificatesWorkflow", () => {
      it("warns once when 60 days remain and once when 7 remain, then expires the certificate on its expiry day", async () => {
        const expires = addDays(today(), 100)
        const { id } = await verified({ expires_on: expires })
        // Ten past midnight in Việt Nam, `days` days before the expiry day.
        const before = (days: number) => `${addDays(expires, -days)}T00:10:00+07:00`

        expect(await run(before(61))).toEqual({ today: addDays(expires, -61), expired: [], warned: [] })
        expect(await warningsSent(id)).toEqual([])

        expect((await run(before(60))).warned).toEqual([{ id, days: 60 }])
        expect(await warningsSent(id)).toEqual([60])
        expect((await run(before(60))).warned).toEqual([])
        expect((await run(before(8))).warned).toEqual([])
        expect(await warningsSent(id)).toEqual([60])

        expect((await run(before(7))).warned).toEqual([{ id, days: 7 }])
        expect((await run(before(3))).warned).toEqual([])
        expect(await warningsSent(id)).toEqual([60, 7])
        const [recorded] = await getContainer().resolve<OcopModuleService>(OCOP_MODULE).listOcopCertificates({ id })
        expect([recorded?.warned_60_days_at, recorded?.warned_7_days_at]).toEqual([expect.any(Date), expect.any(Date)])

        // One minute before midnight of the expiry day it is still valid.
        expect((await run(`${addDays(expires, -1)}T23:59:00+07:00`)).expired).toEqual([])
        expect((await certificate(id)).status).toBe("verified")

        expect((await run(before(0))).expired).toEqual([id])
        const expired = await certificate(id)
        expect(expired).toMatchObject({ status: "expired", badge_active: false })
        expect(expired.history[0]).toEqual({ from_status: "verified", to_status: "expired", reason: null, actor_type: "system", created_at: expect.any(String) })
        expect(await badges(`product_id=${tea}`)).toEqual([])

        expect(await run(addDays(expires, 1) + "T00:10:00+07:00")).toMatchObject({ expired: [], warned: [] })
        const emails = await certificateEmails(getContainer(), id)
        expect(emails.map((e) => [e.template, e.data.warning ?? null])).toEqual([
          ["ocop-certificate-verified", null],
          ["ocop-certificate-expiring", 60],
          ["ocop-certificate-expiring", 7],
          ["ocop-certificate-expired", null],
        ])
        expect(new Set(emails.map((e) => e.to))).toEqual(new Set(["htx1@thunghiem.test"]))
      })

      it("counts days in Việt Nam: at 17:30 UTC the day before, the expiry day has begun", async () => {
        const expires = addDays(today(), 30)
        const { id } = await verified({ expires_on: expires })
        expect((await run(`${addDays(expires, -1)}T16:59:00Z`)).expired).toEqual([])
        expect((await run(`${addDays(expires, -1)}T17:30:00Z`)).expired).toEqual([id])
      })

      it("sends a certificate verified with 5 days left only the 7-day warning", async () => {
        const expires = addDays(today(), 5)
        const { id } = await verified({ expires_on: expires })
        await run(new Date().toISOString())
        await run(new Date().toISOString())
        expect(await warningsSent(id)).toEqual([7])
        const [email] = (await certificateEmails(getContainer(), id)).filter((e) => e.template === "ocop-certificate-expiring")
        expect(email?.data.days_left).toBe(5)
      })

      it("leaves submitted, rejected and revoked certificates alone", async () => {
        const expires = addDays(today(), 40)
        const waiting = await submitCertificate(api, a, [tea], { expires_on: expires })
        const revoked = await verified({ expires_on: expires })
        await changeOcopCertificateStatusWorkflow(getContainer()).run({
          input: { id: revoked.id, action: "revoke", reason: "Sản phẩm không còn đạt tiêu chí", actor: { type: "user", id: null } },
        })
        expect(await run(`${expires}T08:00:00+07:00`)).toMatchObject({ expired: [], warned: [] })
        expect([(await certificate(waiting.id)).status, (await certificate(revoked.id)).status]).toEqual(["submitted", "revoked"])
      })
    })

    describe("the OCOP badge in the store", () => {
      it("is gone on the expiry day before the daily job runs, and the job then expires the certificate", async () => {
        const { id } = await verified({ expires_on: addDays(today(), 1) })
        expect(await badges(`product_id=${tea}`)).toHaveLength(1)
        // The day comes: the certificate is still verified, but its expiry day is today.
        await getContainer().resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertificates({ id, expires_on: today() })
        expect(await certificate(id)).toMatchObject({ status: "verified", badge_active: false })
        expect(await badges(`product_id=${tea}`)).toEqual([])
        expect((await api.get("/store/ocop/products", store)).data).toEqual({ products: [], count: 0 })

        await expireOcopCertificatesJob(getContainer())
        expect((await certificate(id)).status).toBe("expired")
        expect((await certificateEmails(getContainer(), id)).map((e) => e.template)).toContain("ocop-certificate-expired")
      })

      it("is not shown for the products of a suspended cooperative, and comes back when it is approved again", async () => {
        await verified({ stars: 5 })
        expect(await badges(`product_id=${tea}`)).toHaveLength(1)
        await changeCooperativeStatusWorkflow(getContainer()).run({
          input: { id: a.cooperative.id, action: "suspend", reason: "Khiếu nại về chất lượng", actor: { type: "system", id: null } },
        })
        expect(await badges(`product_id=${tea}`)).toEqual([])
        expect(await badges(`cooperative_id=${a.cooperative.id}`)).toEqual([])
        expect((await api.get("/store/ocop/products", store)).data.count).toBe(0)

        await approveCooperative(getContainer(), a.cooperative.id)
        expect(await badges(`cooperative_id=${a.cooperative.id}`)).toEqual([expect.objectContaining({ product_id: tea, stars: 5 })])
        expect((await api.get("/store/ocop/products?min_stars=5", store)).data.products).toEqual([{ id: tea, stars: 5, potential_five_star: false }])
      })
    })
  },
})
