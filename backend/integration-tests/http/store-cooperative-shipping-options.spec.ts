import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import recordDeliveryDays from "../../src/migration-scripts/record-delivery-days"
import { failed } from "./fixtures/http"
import { seedDirectory } from "./fixtures/marketplace"

jest.setTimeout(120 * 1000)

type Option = {
  id: string
  name: string
  code: string | null
  amount: number
  currency_code: string
  delivery_days: { min: number; max: number } | null
  pickup_address: { street: string; commune: string; province: string } | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedDirectory>>
    let headers: Record<string, string>

    beforeAll(async () => {
      market = await seedDirectory(getContainer())
      headers = { "x-publishable-api-key": market.publishableKey }
    })

    const options = async (handle: string, regionId: string): Promise<Option[]> =>
      (await api.get(`/store/cooperatives/${handle}/shipping-options?region_id=${regionId}`, { headers })).data.shipping_options

    /** A cooperative's shipping options by type code, straight from the database. */
    async function storedOptions(cooperativeId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cooperative", fields: ["shipping_profile.id"], filters: { id: cooperativeId } })
      const profileId = (data[0] as { shipping_profile: { id: string } }).shipping_profile.id
      const { data: rows } = await query.graph({
        entity: "shipping_option",
        fields: ["id", "metadata", "type.code", "rules.id", "rules.attribute"],
        filters: { shipping_profile_id: profileId },
      })
      return rows as unknown as { id: string; metadata: Record<string, unknown> | null; type: { code: string }; rules: { id: string; attribute: string }[] }[]
    }

    describe("GET /store/cooperatives/:handle/shipping-options", () => {
      it("gives a shopper in Việt Nam standard delivery in đồng with its delivery days, and pickup at the cooperative's address", async () => {
        const [tea] = market.approved
        const found = await options(tea.handle, market.setup.regions.vn)
        expect(found).toEqual([
          {
            id: expect.stringMatching(/^so_/),
            name: "Giao hàng tiêu chuẩn",
            code: "standard",
            amount: 30000,
            currency_code: "vnd",
            delivery_days: { min: 2, max: 4 },
            pickup_address: null,
          },
          {
            id: expect.stringMatching(/^so_/),
            name: "Nhận tại hợp tác xã",
            code: "pickup",
            amount: 0,
            currency_code: "vnd",
            delivery_days: null,
            pickup_address: { street: tea.street, commune: tea.commune, province: tea.province },
          },
        ])
      })

      it("gives a buyer abroad international shipping in US dollars, 7 to 14 days", async () => {
        const found = await options(market.approved[1].handle, market.setup.regions.intl)
        expect(found).toEqual([
          expect.objectContaining({ name: "International shipping", code: "international", amount: 25, currency_code: "usd", delivery_days: { min: 7, max: 14 }, pickup_address: null }),
        ])
      })

      it("leaves out an option the cooperative no longer offers in the store", async () => {
        const [tea] = market.approved
        const standard = (await storedOptions(tea.id)).find((o) => o.type.code === "standard")!
        const rule = standard.rules.find((r) => r.attribute === "enabled_in_store")!
        await getContainer().resolve(Modules.FULFILLMENT).updateShippingOptionRules([{ id: rule.id, attribute: "enabled_in_store", operator: "eq", value: "false" }])
        expect((await options(tea.handle, market.setup.regions.vn)).map((o) => o.code)).toEqual(["pickup"])
      })

      it("answers 404 for a cooperative that is unknown or not approved", async () => {
        for (const handle of ["htx-khong-co", market.pending.handle, market.rejected.handle, market.suspended.handle]) {
          const res = await api.get(`/store/cooperatives/${handle}/shipping-options?region_id=${market.setup.regions.vn}`, { headers }).catch(failed)
          expect(res.status).toBe(404)
        }
      })

      it("answers 400 with a message for a missing, malformed or unknown region and for any other parameter", async () => {
        const handle = market.approved[0].handle
        const cases: [string, RegExp][] = [
          ["", /region_id/],
          ["?region_id=", /region_id/],
          ["?region_id=vn'--", /region_id/],
          ["?region_id=reg_01KHONGCOVUNGNAO", /region_id .* is not a region/],
          [`?region_id=${market.setup.regions.vn}&limit=5`, /limit/],
        ]
        for (const [query, message] of cases) {
          const res = await api.get(`/store/cooperatives/${handle}/shipping-options${query}`, { headers }).catch(failed)
          expect([query, res.status]).toEqual([query, 400])
          expect(res.data.message).toMatch(message)
        }
      })

      it("needs the storefront's publishable key", async () => {
        const res = await api.get(`/store/cooperatives/${market.approved[0].handle}/shipping-options?region_id=${market.setup.regions.vn}`).catch(failed)
        expect(res.status).toBe(400)
      })

      it("gives options created before delivery days were recorded their days once the migration script has run", async () => {
        const [tea] = market.approved
        const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
        const before = await storedOptions(tea.id)
        // Medusa merges metadata and removes a key set to "".
        const stripped: { id: string; metadata: Record<string, unknown> }[] = before.map((o) => ({ id: o.id, metadata: { ghi_chu: "từ trước", delivery_days_min: "", delivery_days_max: "" } }))
        await fulfillment.upsertShippingOptions(stripped)
        expect((await options(tea.handle, market.setup.regions.vn)).map((o) => o.delivery_days)).toEqual([null, null])

        expect(await recordDeliveryDays({ container: getContainer() })).toBeGreaterThan(0)
        expect((await options(tea.handle, market.setup.regions.vn)).map((o) => o.delivery_days)).toEqual([{ min: 2, max: 4 }, null])
        expect((await options(tea.handle, market.setup.regions.intl)).map((o) => o.delivery_days)).toEqual([{ min: 7, max: 14 }])
        const after = await storedOptions(tea.id)
        expect(after.find((o) => o.type.code === "standard")?.metadata).toEqual({ ghi_chu: "từ trước", delivery_days_min: 2, delivery_days_max: 4 })
        expect(after.find((o) => o.type.code === "pickup")?.metadata).toEqual({ ghi_chu: "từ trước" })
        expect(await recordDeliveryDays({ container: getContainer() })).toBe(0)
      })
    })
  },
})
