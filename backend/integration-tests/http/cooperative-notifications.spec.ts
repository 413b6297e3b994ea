import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "./fixtures/http"
import { createOperator, OPERATOR, seedMarketplace } from "./fixtures/marketplace"
import { startMailbox } from "./fixtures/smtp"

jest.setTimeout(120 * 1000)

// The runner reads medusa-config before it applies its own env option, so the SMTP address is set here.
const SMTP_PORT = Number(process.env.TEST_SMTP_PORT ?? 25250)
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`
const mailbox = startMailbox(SMTP_PORT)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await mailbox.listening
      market = await seedMarketplace(getContainer())
      await createOperator(getContainer())
    })

    beforeEach(async () => {
      mailbox.messages.length = 0
      const login = await api.post("/auth/user/emailpass", OPERATOR)
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
    })

    // Suites may share a process: the next one starts without this mailbox, as by default.
    afterAll(async () => {
      delete process.env.SMTP_URL
      await mailbox.close()
    })

    describe("POST /admin/cooperatives/:id/status", () => {
      it("e-mails the cooperative through SMTP when it is approved, in Vietnamese first", async () => {
        await api.post(`/admin/cooperatives/${market.pending.id}/status`, { action: "approve" }, admin)
        const mail = await mailbox.waitFor(market.pending.email)
        expect(mail.subject).toContain(`${market.pending.name} đã được duyệt`)
        expect(mail.subject).toContain("is approved on htx-market")
        expect(mail.text?.indexOf("Xin chào")).toBeLessThan(mail.text?.indexOf("Hello") ?? 0)
      })

      it("tells a rejected cooperative the operator's reason", async () => {
        const reason = "Giấy chứng nhận đăng ký đã hết hiệu lực"
        await api.post(`/admin/cooperatives/${market.pending.id}/status`, { action: "reject", reason }, admin)
        const mail = await mailbox.waitFor(market.pending.email)
        expect(mail.subject).toContain("chưa được duyệt")
        expect(mail.text).toContain(`Lý do: ${reason}`)
        expect(mail.text).toContain(`Reason: ${reason}`)
      })

      it("sends nothing when the change is refused", async () => {
        const res = await api.post(`/admin/cooperatives/${market.pending.id}/status`, { action: "suspend", reason: "không hợp lệ" }, admin).catch(failed)
        expect(res.status).toBe(400)
        await new Promise((r) => setTimeout(r, 1500))
        expect(mailbox.messages).toHaveLength(0)
      })
    })
  },
})
