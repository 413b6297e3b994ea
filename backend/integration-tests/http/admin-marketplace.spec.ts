import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createOperator, OPERATOR, seedMarketplace } from "./fixtures/marketplace"
import { failed } from "./fixtures/http"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      await createOperator(getContainer())
    })

    describe("GET /admin/marketplace/overview", () => {
      it("needs a signed-in operator", async () => {
        const res = await api.get("/admin/marketplace/overview").catch(failed)
        expect(res.status).toBe(401)
      })

      it("gives an operator the marketplace's headline figures", async () => {
        const login = await api.post("/auth/user/emailpass", OPERATOR)
        const res = await api.get("/admin/marketplace/overview", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(res.status).toBe(200)
        expect(res.data.overview).toEqual({
          cooperatives: { total: 3, approved: 2, pending: 1 },
          products: market.products.length + 1,
        })
      })

      it("refuses a shopper's token", async () => {
        const register = await api.post("/auth/customer/emailpass/register", { email: "buyer@test.vn", password: "Buyer#Test2025" })
        const res = await api
          .get("/admin/marketplace/overview", { headers: { authorization: `Bearer ${register.data.token}` } })
          .catch(failed)
        expect(res.status).toBe(401)
      })
    })
  },
})
