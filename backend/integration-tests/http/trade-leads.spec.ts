import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "./fixtures/http"
import { createOperator, OPERATOR, seedMarketplace } from "./fixtures/marketplace"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"
import { startMailbox } from "./fixtures/smtp"

jest.setTimeout(180 * 1000)

// The runner reads medusa-config before it applies its own env option, so the SMTP address is set here.
const SMTP_PORT = Number(process.env.TEST_SMTP_PORT ?? 25250) + 2
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`
const mailbox = startMailbox(SMTP_PORT)

const inquiry = (cooperative: string, extra: Record<string, unknown> = {}) => ({
  cooperative,
  quantity: "2 tấn mỗi tháng",
  target_market: "Nhật Bản",
  company: "Công ty TNHH Xuất khẩu Sakura",
  contact_name: "Tanaka Hiro",
  email: "tanaka@sakura-export.test",
  phone: "+81 90 1234 5678",
  message: "Chúng tôi muốn nhập khẩu sản phẩm này, xin báo giá FOB Hải Phòng.",
  ...extra,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let seller: SellerCooperative
    let other: SellerCooperative
    let market: Awaited<ReturnType<typeof seedMarketplace>>

    const leadCount = async () => (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "trade_lead", fields: ["id"] })).data.length

    beforeAll(async () => {
      await mailbox.listening
      const container = getContainer()
      market = await seedMarketplace(container)
      await createOperator(container)
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
      seller = await createSellerCooperative(api, container, 81)
      other = await createSellerCooperative(api, container, 82)
    })

    beforeEach(() => {
      mailbox.messages.length = 0
    })

    // Suites may share a process: the next one starts without this mailbox, as by default.
    afterAll(async () => {
      delete process.env.SMTP_URL
      await mailbox.close()
    })

    it("reaches the cooperative and its owner by e-mail, confirms to the buyer, and the cooperative answers in its portal", async () => {
      const sent = await api.post("/store/trade-leads", inquiry(seller.cooperative.handle), store)
      expect(sent.status).toBe(201)
      const toOwner = await mailbox.waitFor(seller.email, "Yêu cầu mua hàng từ Công ty TNHH Xuất khẩu Sakura")
      expect(toOwner.text).toContain("Số lượng: 2 tấn mỗi tháng")
      expect(toOwner.text).toContain("/seller/trade-leads")
      await mailbox.waitFor("tanaka@sakura-export.test", "Đã chuyển yêu cầu của bạn")

      const leads = (await api.get("/cooperative/trade-leads", seller.headers)).data.trade_leads
      expect(leads).toEqual([expect.objectContaining({ company: "Công ty TNHH Xuất khẩu Sakura", status: "new", target_market: "Nhật Bản" })])
      expect((await api.get("/cooperative/trade-leads", other.headers)).data.trade_leads).toEqual([])
      const foreign = await api.post(`/cooperative/trade-leads/${leads[0].id}/answer`, { answer: "Không phải của chúng tôi" }, other.headers).catch(failed)
      expect(foreign.status).toBe(404)

      const answered = await api.post(`/cooperative/trade-leads/${leads[0].id}/answer`, { answer: "Giá FOB Hải Phòng 120.000 đ/kg, giao từ tháng 1." }, seller.headers)
      expect(answered.data.trade_lead).toMatchObject({ status: "answered", answer: "Giá FOB Hải Phòng 120.000 đ/kg, giao từ tháng 1." })
      const reply = await mailbox.waitFor("tanaka@sakura-export.test", "trả lời yêu cầu")
      expect(reply.text).toContain("Giá FOB Hải Phòng 120.000 đ/kg")
      const twice = await api.post(`/cooperative/trade-leads/${leads[0].id}/answer`, { answer: "Lần nữa" }, seller.headers).catch(failed)
      expect(twice.status).toBe(400)
    })

    it("keeps robots and floods out: a filled hidden field is kept nowhere, and one sender may send only a few an hour", async () => {
      const robot = await api.post("/store/trade-leads", inquiry(seller.cooperative.handle, { website: "http://spam.example" }), store)
      expect(robot.status).toBe(201)
      expect(await leadCount()).toBe(0)

      // The same e-mail three times, then refused; another e-mail from the same address until the address's limit.
      for (let i = 0; i < 3; i++) expect((await api.post("/store/trade-leads", inquiry(seller.cooperative.handle), store)).status).toBe(201)
      const sameEmail = await api.post("/store/trade-leads", inquiry(seller.cooperative.handle), store).catch(failed)
      expect(sameEmail.status).toBe(429)
      expect(sameEmail.headers["retry-after"]).toBe("3600")
      expect(sameEmail.data).toMatchObject({ type: "too_many_requests", message: expect.stringMatching(/Too many inquiries/) })
      for (let i = 0; i < 2; i++) expect((await api.post("/store/trade-leads", inquiry(seller.cooperative.handle, { email: `buyer${i}@example.test` }), store)).status).toBe(201)
      const sameAddress = await api.post("/store/trade-leads", inquiry(seller.cooperative.handle, { email: "fresh@example.test" }), store).catch(failed)
      expect(sameAddress.status).toBe(429)
      // Another visitor, as the proxy in front of the shop reports it, has a limit of its own.
      const elsewhere = { headers: { ...store.headers, "x-forwarded-for": "203.0.113.9" } }
      expect((await api.post("/store/trade-leads", inquiry(seller.cooperative.handle, { email: "fresh@example.test" }), elsewhere)).status).toBe(201)
      expect(await leadCount()).toBe(6)
    })

    it("refuses what cannot be an inquiry, with a message, and keeps nothing", async () => {
      const cases: [Record<string, unknown>, number, RegExp][] = [
        [inquiry(seller.cooperative.handle, { email: "not-an-email" }), 400, /email/],
        [inquiry(seller.cooperative.handle, { message: "ngắn" }), 400, /message/],
        [inquiry(seller.cooperative.handle, { price: 1 }), 400, /price|Unrecognized/i],
        [inquiry("htx-khong-co"), 404, /No cooperative/],
        [inquiry(market.pending.handle), 404, /No cooperative/],
        [inquiry(seller.cooperative.handle, { product_id: market.products[0]!.id }), 400, /sells no product/],
        [inquiry(seller.cooperative.handle, { fair_slug: "khong-co-hoi-cho" }), 400, /No fair/],
      ]
      for (const [body, status, message] of cases) {
        const res = await api.post("/store/trade-leads", body, store).catch(failed)
        expect({ status: res.status, message: res.data.message }).toEqual({ status, message: expect.stringMatching(message) })
      }
      expect(await leadCount()).toBe(0)
    })

    it("from a fair's booth: the operator sees it among the fair's leads", async () => {
      const login = await api.post("/auth/user/emailpass", OPERATOR)
      const admin = { headers: { authorization: `Bearer ${login.data.token}` } }
      const day = 24 * 3600 * 1000
      const iso = (d: number) => new Date(Date.now() + d * day).toISOString()
      const fair = (await api.post("/admin/fairs", { slug: "hoi-cho-giao-thuong", name_vi: "Hội chợ giao thương", name_en: "Trade fair", kind: "online", starts_at: iso(-1), ends_at: iso(3), organiser: "Sở Công Thương" }, admin)).data.fair
      const booth = (await api.post(`/admin/fairs/${fair.id}/booths`, { cooperative_id: seller.cooperative.id, code: "E05" }, admin)).data.booth
      await api.post(`/admin/fairs/${fair.id}/booths/${booth.id}`, { decision: "approved" }, admin)
      await api.post(`/admin/fairs/${fair.id}/status`, { action: "publish" }, admin)

      expect((await api.post("/store/trade-leads", inquiry(seller.cooperative.handle, { fair_slug: fair.slug, booth_code: "e05" }), store)).status).toBe(201)
      const wrongBooth = await api.post("/store/trade-leads", inquiry(other.cooperative.handle, { fair_slug: fair.slug, email: "b@example.test" }), store).catch(failed)
      expect(wrongBooth.data.message).toMatch(/has no booth/)
      const leads = (await api.get(`/admin/fairs/${fair.id}/leads`, admin)).data.trade_leads
      expect(leads).toEqual([expect.objectContaining({ booth_code: "E05", company: "Công ty TNHH Xuất khẩu Sakura", cooperative: expect.objectContaining({ handle: seller.cooperative.handle }) })])
      expect((await api.get(`/admin/fairs/${fair.id}/leads`).catch(failed)).status).toBe(401)
    })
  },
})
