import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { validateEpcisDocument } from "epcis2.js"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { failed } from "./fixtures/http"
import { createLotProduct, eventBody, lotBody, vietnamGtin13 } from "./fixtures/lots"
import { seedMarketplace } from "./fixtures/marketplace"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(240_000)

// Lot addresses are printed under the traceability host when one is configured.
const DIGITAL_LINK_BASE = "https://truyxuat.htx.test"
process.env.DIGITAL_LINK_BASE = DIGITAL_LINK_BASE

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let seller: SellerCooperative
    let lot: { id: string; gtin: string; lot_code: string }
    let packing: { id: string; event_id: string }
    let correction: { id: string; event_id: string }
    const gtin13 = vietnamGtin13(21)
    const gtin14 = `0${gtin13}`
    const LOT_CODE = "MO/2025 06"
    const lotCode = "MO/2025-06"

    const get = (url: string) => api.get(url, store).catch(failed)
    const lotUrl = (code = lotCode, gtin = gtin14) => `/store/traceability/01/${gtin}/10/${encodeURIComponent(code)}`

    // The runner puts the database back to this state before each test.
    beforeAll(async () => {
      const market = await seedMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
      seller = await createSellerCooperative(api, getContainer(), 5)
      const honey = await createLotProduct(api, seller, market.category.id, "Mật ong bạc hà Mèo Vạc")
      const created = await api.post("/cooperative/lots", lotBody(honey.variants[0]!.id, gtin13, { lot_code: lotCode, unit: "l", quantity: 120 }), seller.headers)
      lot = created.data.lot
      const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString()
      await api.post(`/cooperative/lots/${lot.id}/events`, eventBody("harvest", { event_time: at(30), latitude: 23.16, longitude: 105.41, place_name: "Trại ong Pả Vi" }), seller.headers)
      packing = (await api.post(`/cooperative/lots/${lot.id}/events`, eventBody("packing", { event_time: at(5), note: "Chiết 130 chai" }), seller.headers)).data.event
      correction = (
        await api.post(
          `/cooperative/lots/${lot.id}/events`,
          eventBody("packing", { event_time: at(5), note: "Chiết 120 chai", corrects_event_id: packing.id, correction_reason: "Đếm nhầm số chai" }),
          seller.headers
        )
      ).data.event
    })

    describe("GET /store/traceability/01/:gtin", () => {
      it("shows the product, its variant, its producer and its lots, for any length of the GTIN", async () => {
        for (const gtin of [gtin14, gtin13]) {
          const { status, data } = await get(`/store/traceability/01/${gtin}`)
          expect(status).toBe(200)
          expect(data).toEqual({
            trade_item: {
              gtin: gtin14,
              product: { id: expect.any(String), title: "Mật ong bạc hà Mèo Vạc", handle: expect.any(String), thumbnail: expect.stringContaining("/static/") },
              variant: { id: expect.any(String), title: "Thùng 5 kg", sku: "CAM-5KG" },
              cooperative: expect.objectContaining({ id: seller.cooperative.id, short_name: "HTX Thử nghiệm 5", handle: seller.cooperative.handle, province: "Tuyên Quang", phone: expect.any(String) }),
            },
            lots: [{ lot_code: lotCode, produced_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), expires_on: expect.any(String), digital_link: `${DIGITAL_LINK_BASE}/01/${gtin14}/10/MO%2F2025-06` }],
          })
          expect(data.trade_item.cooperative.status).toBeUndefined()
        }
      })

      it.each([
        ["a wrong check digit", `${gtin14.slice(0, 13)}${(Number(gtin14[13]) + 1) % 10}`, /wrong check digit: the last digit should be \d, not \d/],
        ["a wrong length", "893123456", /has 9 digits: a GTIN has 8, 12, 13 or 14 digits/],
        ["letters", "89312345678AB", /must contain digits only/],
      ])("answers 400 with the reason for %s", async (_case, gtin, message) => {
        const res = await get(`/store/traceability/01/${gtin}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })

      it("answers 404 for a valid GTIN nobody traces here", async () => {
        const res = await get(`/store/traceability/01/0${vietnamGtin13(99)}`)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`No product with GTIN 0${vietnamGtin13(99)} is traced on this marketplace.`)
      })

      it("hides the lots of a cooperative that is not approved", async () => {
        const pending = await createSellerCooperative(api, getContainer(), 6, { pending: true })
        const { data: products } = await api.get("/cooperative/categories", pending.headers)
        const product = await createLotProduct(api, pending, products.categories[0].id, "Chè chưa duyệt")
        const gtin = vietnamGtin13(22)
        expect((await api.post("/cooperative/lots", lotBody(product.variants[0]!.id, gtin), pending.headers)).status).toBe(201)
        expect((await get(`/store/traceability/01/${gtin}`)).status).toBe(404)
      })
    })

    describe("GET /store/traceability/01/:gtin/10/:lot", () => {
      it("shows the lot's origin, certification, events (the corrected one declared erroneous) and a verified chain", async () => {
        const { status, data } = await get(lotUrl())
        expect(status).toBe(200)
        expect(data.lot).toMatchObject({
          id: lot.id,
          gtin: gtin14,
          lot_code: lotCode,
          quantity: 120,
          unit: "l",
          origin: { name: "Vườn cam thôn Bản Tát", commune: "Xã Hàm Yên", province: "Tuyên Quang" },
          certifications: [{ kind: "vietgap", number: "VG-TQ-0412" }],
          cooperative: { id: seller.cooperative.id, short_name: "HTX Thử nghiệm 5", registration_number: "5000900005" },
          verification: { verified: true, event_count: 3 },
          digital_link: `${DIGITAL_LINK_BASE}/01/${gtin14}/10/MO%2F2025-06`,
        })
        expect(data.lot.events.map((e: { kind: string; declared_erroneous: boolean }) => [e.kind, e.declared_erroneous])).toEqual([
          ["harvest", false],
          ["packing", true],
          ["packing", false],
        ])
        expect(data.lot.events[0]).toMatchObject({ latitude: 23.16, longitude: 105.41, place_name: "Trại ong Pả Vi" })
        expect(data.lot.events[2]).toMatchObject({ corrects_event_id: packing.id, correction_reason: "Đếm nhầm số chai" })
        expect(JSON.stringify(data)).not.toMatch(/recorded_by|head_hash|prev_hash|sel_/)
      })

      it("answers 400 for a lot code outside GS1's character set and 404 for an unknown lot", async () => {
        const bad = await get(lotUrl(LOT_CODE))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/Lot code cannot contain a space/)
        const long = await get(lotUrl("A".repeat(21)))
        expect(long.data.message).toMatch(/at most 20/)
        const unknown = await get(lotUrl("KHONG-CO-LO"))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe(`GTIN ${gtin14} has no lot "KHONG-CO-LO".`)
        expect((await get(lotUrl(lotCode, `0${vietnamGtin13(98)}`))).status).toBe(404)
        expect((await get(lotUrl(lotCode, "12345"))).status).toBe(400)
      })

      it("answers 400, not an error, for an address with a bare % that cannot be decoded", async () => {
        const res = await get(`/store/traceability/01/${gtin14}/10/50%`)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/malformed %-escape/)
      })

      it("says the history cannot be verified once an event row is changed in the database", async () => {
        const knex = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        const changed = await knex("trace_event").where({ lot_id: lot.id, kind: "harvest" }).update({ note: "Đã sửa trực tiếp trong cơ sở dữ liệu" })
        expect(changed).toBe(1)
        const { data } = await get(lotUrl())
        expect(data.lot.verification).toEqual({ verified: false, event_count: 3 })
        expect(data.lot.events[0].note).toBe("Đã sửa trực tiếp trong cơ sở dữ liệu")
      })

      it("also says so when the last event row is deleted", async () => {
        const knex = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        await knex("trace_event").where({ id: correction.id }).delete()
        const { data } = await get(lotUrl())
        expect(data.lot.verification).toEqual({ verified: false, event_count: 2 })
      })
    })

    describe("GET /store/traceability/01/:gtin/10/:lot/epcis", () => {
      it("answers an EPCIS 2.0 JSON-LD document of the lot's events that epcis2.js validates", async () => {
        const res = await get(`${lotUrl()}/epcis`)
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/^application\/ld\+json/)
        const document = typeof res.data === "string" ? JSON.parse(res.data) : res.data
        expect(validateEpcisDocument(document)).toEqual({ success: true, errors: [] })
        expect(document).toMatchObject({
          "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
          type: "EPCISDocument",
          schemaVersion: "2.0",
        })
        const events = document.epcisBody.eventList
        expect(events).toHaveLength(3)
        const epcClass = `${DIGITAL_LINK_BASE}/01/${gtin14}/10/MO%2F2025-06`
        expect(events[0]).toMatchObject({
          type: "ObjectEvent",
          action: "ADD",
          bizStep: "commissioning",
          disposition: "active",
          eventTimeZoneOffset: "+07:00",
          readPoint: { id: "geo:23.16,105.41" },
          quantityList: [{ epcClass, quantity: 120, uom: "LTR" }],
          ilmd: { "cbvmda:lotNumber": lotCode, "cbvmda:countryOfOrigin": "VN" },
        })
        expect(events[0].eventTime).toMatch(/\+07:00$/)
        expect(events[1]).toMatchObject({
          eventID: packing.event_id,
          errorDeclaration: { reason: "incorrect_data", correctiveEventIDs: [correction.event_id] },
        })
        expect(events[2].eventID).toBe(correction.event_id)
        expect(events[2].errorDeclaration).toBeUndefined()
      })

      it("answers 400 and 404 like the lot page", async () => {
        const wrongCheckDigit = `${gtin14.slice(0, 13)}${(Number(gtin14[13]) + 1) % 10}`
        const malformed = await get(`${lotUrl(lotCode, wrongCheckDigit)}/epcis`)
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/wrong check digit/)
        expect((await get(`${lotUrl(LOT_CODE)}/epcis`)).status).toBe(400)
        expect((await get(`${lotUrl("KHONG-CO-LO")}/epcis`)).status).toBe(404)
      })
    })
  },
})
