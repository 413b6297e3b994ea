import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Stripe from "stripe"
import { failed } from "./fixtures/http"
import { seedMarketplace } from "./fixtures/marketplace"

jest.setTimeout(120 * 1000)

// The runner reads medusa-config before it applies its own env option, so Stripe is switched on here. The key is a test
// key no request is ever made with: signatures are checked locally, with Stripe's own library.
const WEBHOOK_SECRET = "whsec_htxmarkettestsecret0123456789"
process.env.STRIPE_API_KEY = "sk_test_htxmarketoffline0123456789"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

const HOOK = "/hooks/payment/stripe_stripe"
const payload = JSON.stringify({
  id: "evt_test_1",
  object: "event",
  type: "payment_intent.succeeded",
  data: { object: { id: "pi_test_1", object: "payment_intent", amount: 2500, currency: "usd", metadata: { session_id: "payses_unknown" } } },
})
const signed = (secret: string, timestamp?: number) => ({
  "content-type": "application/json",
  "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) }),
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
    })

    // Suites may share a process: the next one starts without Stripe, as by default.
    afterAll(() => {
      delete process.env.STRIPE_API_KEY
      delete process.env.STRIPE_WEBHOOK_SECRET
    })

    it("is what buyers abroad pay with once a key is set; Việt Nam keeps cash on delivery and VietQR", async () => {
      const headers = { "x-publishable-api-key": market.publishableKey }
      const providers = async (region: string) =>
        ((await api.get(`/store/payment-providers?region_id=${region}`, { headers })).data.payment_providers as { id: string }[]).map((p) => p.id).sort()
      expect(await providers(market.setup.regions.intl)).toEqual(["pp_stripe_stripe"])
      expect(await providers(market.setup.regions.vn)).toEqual(["pp_system_default", "pp_vietqr_vietqr"])
    })

    it("accepts a webhook Stripe signed with the webhook secret", async () => {
      const res = await api.post(HOOK, payload, { headers: signed(WEBHOOK_SECRET) })
      expect(res.status).toBe(200)
    })

    it("refuses an unsigned, a forged, an altered and a replayed webhook with 400", async () => {
      const attempts = [
        { name: "unsigned", body: payload, headers: { "content-type": "application/json" } },
        { name: "signed with another secret", body: payload, headers: signed("whsec_someoneelse0123456789") },
        { name: "altered after signing", body: payload.replace("2500", "1"), headers: signed(WEBHOOK_SECRET) },
        { name: "replayed an hour later", body: payload, headers: signed(WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 3600) },
      ]
      for (const attempt of attempts) {
        const res = await api.post(HOOK, attempt.body, { headers: attempt.headers }).catch(failed)
        expect({ attempt: attempt.name, status: res.status }).toEqual({ attempt: attempt.name, status: 400 })
        expect(res.data.message).toMatch(/Stripe/)
      }
    })
  },
})
