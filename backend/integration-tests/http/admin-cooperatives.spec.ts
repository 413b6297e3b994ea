import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "./fixtures/http"
import { createOperator, OPERATOR, seedMarketplace } from "./fixtures/marketplace"

jest.setTimeout(120 * 1000)

type Change = { from_status: string | null; to_status: string; reason: string | null; actor_type: string; actor_id: string | null }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let admin: { headers: Record<string, string> }
    let operatorId: string

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      await createOperator(getContainer())
    })

    beforeEach(async () => {
      const login = await api.post("/auth/user/emailpass", OPERATOR)
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
      operatorId = (await api.get("/admin/users/me", admin)).data.user.id
    })

    const detail = async (id: string) => (await api.get(`/admin/cooperatives/${id}`, admin)).data.cooperative
    const store = { headers: {} as Record<string, string> }
    const publicProfile = (handle: string) =>
      api.get(`/store/cooperatives/${handle}`, { headers: { "x-publishable-api-key": market.publishableKey, ...store.headers } }).catch(failed)

    describe("GET /admin/cooperatives", () => {
      it("needs a signed-in operator", async () => {
        const res = await api.get("/admin/cooperatives").catch(failed)
        expect(res.status).toBe(401)
      })

      it("filters the queue by status, commune and text", async () => {
        const pending = await api.get("/admin/cooperatives?status=pending", admin)
        expect(pending.data.cooperatives.map((c: { handle: string }) => c.handle)).toEqual([market.pending.handle])
        expect(pending.data.count).toBe(1)

        const commune = market.approved[1].commune
        const byCommune = await api.get(`/admin/cooperatives?commune=${encodeURIComponent(commune)}`, admin)
        expect(byCommune.data.cooperatives.every((c: { commune: string }) => c.commune === commune)).toBe(true)
        expect(byCommune.data.count).toBeGreaterThanOrEqual(1)

        const byRegistration = await api.get(`/admin/cooperatives?q=${market.approved[0].registration_number}`, admin)
        expect(byRegistration.data.cooperatives[0].id).toBe(market.approved[0].id)
      })

      it("treats % and _ in a search as plain characters", async () => {
        const res = await api.get("/admin/cooperatives?q=%25_%25", admin)
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(0)
      })

      it("answers 400 with a message for an unknown status or parameter", async () => {
        const bad = await api.get("/admin/cooperatives?status=deleted", admin).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/status/)
        const unknown = await api.get("/admin/cooperatives?owner=me", admin).catch(failed)
        expect(unknown.status).toBe(400)
      })
    })

    describe("GET /admin/cooperatives/:id", () => {
      it("shows the profile, members and history", async () => {
        const coop = await detail(market.pending.id)
        expect(coop).toMatchObject({ handle: market.pending.handle, status: "pending" })
        expect(coop.status_changes).toEqual([expect.objectContaining({ to_status: "pending", actor_type: "seller" })])
      })

      it("answers 404 for an unknown cooperative", async () => {
        const res = await api.get("/admin/cooperatives/coop_khong_co", admin).catch(failed)
        expect(res.status).toBe(404)
      })
    })

    describe("POST /admin/cooperatives/:id/status", () => {
      it("approves a pending cooperative, records who did it, and makes it public", async () => {
        expect((await publicProfile(market.pending.handle)).status).toBe(404)
        const res = await api.post(`/admin/cooperatives/${market.pending.id}/status`, { action: "approve" }, admin)
        expect(res.data.cooperative.status).toBe("approved")
        const [latest] = (await detail(market.pending.id)).status_changes as Change[]
        expect(latest).toMatchObject({ from_status: "pending", to_status: "approved", actor_type: "user", actor_id: operatorId })
        expect((await publicProfile(market.pending.handle)).status).toBe(200)
      })

      it("refuses to reject without a reason and changes nothing", async () => {
        const res = await api.post(`/admin/cooperatives/${market.pending.id}/status`, { action: "reject" }, admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/reason/)
        const coop = await detail(market.pending.id)
        expect(coop.status).toBe("pending")
        expect(coop.status_changes).toHaveLength(1)
      })

      it("rejects with the reason kept", async () => {
        const reason = "Thiếu bản sao giấy chứng nhận đăng ký hợp tác xã"
        await api.post(`/admin/cooperatives/${market.pending.id}/status`, { action: "reject", reason }, admin)
        const coop = await detail(market.pending.id)
        expect(coop).toMatchObject({ status: "rejected", status_reason: reason })
        expect(coop.status_changes[0]).toMatchObject({ to_status: "rejected", reason })
      })

      it("refuses a transition the rules do not allow, with a sentence, and changes nothing", async () => {
        const res = await api
          .post(`/admin/cooperatives/${market.pending.id}/status`, { action: "suspend", reason: "Khiếu nại chất lượng" }, admin)
          .catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/A pending cooperative cannot be suspended/)
        expect((await detail(market.pending.id)).status).toBe("pending")
      })

      it("suspends with a reason, hiding the cooperative at once, and approves it again", async () => {
        const coop = market.approved[0]
        await api.post(`/admin/cooperatives/${coop.id}/status`, { action: "suspend", reason: "Khiếu nại về chất lượng lô hàng" }, admin)
        expect((await publicProfile(coop.handle)).status).toBe(404)
        await api.post(`/admin/cooperatives/${coop.id}/status`, { action: "approve" }, admin)
        expect((await publicProfile(coop.handle)).status).toBe(200)
        const history = (await detail(coop.id)).status_changes as Change[]
        expect(history.slice(0, 2).map((h) => h.to_status)).toEqual(["approved", "suspended"])
        expect((await detail(coop.id)).status_reason).toBeNull()
      })

      it("answers 400 for an unknown action or an extra field", async () => {
        for (const body of [{ action: "delete" }, { action: "approve", status: "approved" }]) {
          const res = await api.post(`/admin/cooperatives/${market.pending.id}/status`, body, admin).catch(failed)
          expect(res.status).toBe(400)
        }
      })

      it("refuses a shopper's token", async () => {
        const register = await api.post("/auth/customer/emailpass/register", { email: "buyer2@test.vn", password: "Buyer#Test2025" })
        const res = await api
          .post(`/admin/cooperatives/${market.pending.id}/status`, { action: "approve" }, { headers: { authorization: `Bearer ${register.data.token}` } })
          .catch(failed)
        expect(res.status).toBe(401)
        expect((await detail(market.pending.id)).status).toBe("pending")
      })
    })
  },
})
