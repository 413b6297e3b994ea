import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PDFDocument } from "pdf-lib"
import { embeddedCharacters } from "../../src/lib/labels/__tests__/pdf-characters"
import { startOfVietnamDay } from "../../src/lib/traceability/vietnam-time"
import { EVENT_KINDS, EVENT_MAPPING } from "../../src/modules/traceability/vocabulary"
import { createLotWorkflow } from "../../src/workflows/traceability/create-lot"
import { recordTraceEventWorkflow } from "../../src/workflows/traceability/record-trace-event"
import type { NewLotInput, TraceEventInput } from "../../src/workflows/traceability/types"
import { failed } from "./fixtures/http"
import { createLotProduct, daysAgo, eventBody, lotBody, OWN_FILES, vietnamGtin13 } from "./fixtures/lots"
import { seedMarketplace } from "./fixtures/marketplace"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(240_000)

const STOREFRONT = "http://localhost:8000"

// Workflows that fail after a lot is created or an event appended, to prove the steps' compensations leave nothing behind.
const failLaterStep = createStep("test-fail-after-traceability-write", async (_written: { id: string }) => {
  throw new Error("A later step failed.")
})
const createLotThenFail = createWorkflow("test-create-lot-then-fail", (input: { cooperative_id: string; lot: NewLotInput }) => {
  const lot = createLotWorkflow.runAsStep({ input })
  failLaterStep(lot)
  return new WorkflowResponse(lot)
})
const recordEventThenFail = createWorkflow(
  "test-record-event-then-fail",
  (input: { cooperative_id: string; lot_id: string; seller_id: string; event: TraceEventInput }) => {
    const event = recordTraceEventWorkflow.runAsStep({ input })
    failLaterStep(event).config({ name: "test-fail-after-event" })
    return new WorkflowResponse(event)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: SellerCooperative
    let b: SellerCooperative
    let orange: Awaited<ReturnType<typeof createLotProduct>>
    let honey: Awaited<ReturnType<typeof createLotProduct>>
    const gtinA = vietnamGtin13(1)
    const gtinB = vietnamGtin13(2)

    const post = (url: string, body: unknown, seller: SellerCooperative) => api.post(url, body, seller.headers).catch(failed)
    const get = (url: string, seller: SellerCooperative, config: Record<string, unknown> = {}) => api.get(url, { ...seller.headers, ...config }).catch(failed)
    const lotCount = async (seller: SellerCooperative) => (await get("/cooperative/lots", seller)).data.count as number
    const createLot = async (overrides: Record<string, unknown> = {}, seller = a, variant = orange.variants[0]!.id) => {
      const res = await post("/cooperative/lots", lotBody(variant, gtinA, overrides), seller)
      expect(res.status).toBe(201)
      return res.data.lot
    }

    // The runner puts the database back to this state before each test.
    beforeAll(async () => {
      const market = await seedMarketplace(getContainer())
      a = await createSellerCooperative(api, getContainer(), 1)
      b = await createSellerCooperative(api, getContainer(), 2)
      orange = await createLotProduct(api, a, market.category.id)
      honey = await createLotProduct(api, b, market.category.id, "Mật ong bạc hà Mèo Vạc")
    })

    describe("POST /cooperative/lots", () => {
      it("opens a lot of the cooperative's variant, with its GTIN-14, Digital Link, origin and certification", async () => {
        const lot = await createLot()
        expect(lot).toMatchObject({
          gtin: `0${gtinA}`,
          lot_code: "CAM-2025/06",
          produced_on: daysAgo(7),
          expires_on: daysAgo(-21),
          quantity: 500,
          unit: "kg",
          origin: { name: "Vườn cam thôn Bản Tát", commune: "Xã Hàm Yên", province: "Tuyên Quang", latitude: 22.071234, longitude: 105.041234 },
          certifications: [{ kind: "vietgap", name: null, issuer: "Trung tâm Chứng nhận Phù hợp", number: "VG-TQ-0412", document_url: `${OWN_FILES}/vietgap.pdf` }],
          product: { id: orange.id, title: "Cam sành Hàm Yên" },
          variant: { id: orange.variants[0]!.id, title: "Thùng 5 kg", sku: "CAM-5KG" },
          cooperative: { id: a.cooperative.id, handle: a.cooperative.handle, province: "Tuyên Quang", registration_number: "5000900001" },
          events: [],
          verification: { verified: true, event_count: 0 },
          digital_link: `${STOREFRONT}/01/0${gtinA}/10/CAM-2025%2F06`,
        })
        const second = await createLot({ lot_code: "CAM-2025-07", certifications: [] })
        expect(second.gtin).toBe(`0${gtinA}`)
        const { data } = await get(`/cooperative/lots/${lot.id}`, a)
        expect(data.lot.id).toBe(lot.id)
      })

      it("keeps the origin commune in its official spelling, however it was typed", async () => {
        const lot = await createLot({ origin: { name: "Vườn cam thôn Bản Tát", commune: "xa ham yen", province: "Tuyên Quang" } })
        expect(lot.origin).toMatchObject({ commune: "Xã Hàm Yên", province: "Tuyên Quang" })
      })

      it("pads a GTIN-8 to 14 digits", async () => {
        const lot = await createLot({ gtin: "96385074" })
        expect(lot.gtin).toBe("00000096385074")
        expect(lot.digital_link).toBe(`${STOREFRONT}/01/00000096385074/10/CAM-2025%2F06`)
      })

      it.each([
        ["a wrong check digit", { gtin: `${gtinA.slice(0, 12)}${(Number(gtinA[12]) + 1) % 10}` }, /wrong check digit: the last digit should be \d, not \d/],
        ["a GTIN of 9 digits", { gtin: "893123456" }, /has 9 digits/],
        ["a production date in the future", { produced_on: daysAgo(-1), expires_on: daysAgo(-30) }, /production date .* is in the future/],
        ["an expiry before production", { expires_on: daysAgo(8) }, /expiry date must be after the production date/],
        ["a province not in the list", { origin: { name: "Vườn cam", commune: "Xã Hàm Yên", province: "Hà Giang" } }, /Province must be one of the 34/],
        ["a commune of another province", { origin: { name: "Vườn chè", commune: "Xã Tân Cương", province: "Tuyên Quang" } }, /Xã Tân Cương is not a commune, ward or special zone of Tuyên Quang/],
        ["a lot code with a space", { lot_code: "CAM 01" }, /cannot contain a space/],
        ["latitude without longitude", { origin: { name: "Vườn cam", commune: "Xã Hàm Yên", province: "Tuyên Quang", latitude: 22.1 } }, /both latitude and longitude/],
        ["a certificate that was not uploaded here", { certifications: [{ kind: "organic_vn", document_url: "https://example.com/scan.pdf" }] }, /was not uploaded here/],
        ["an other certification without a name", { certifications: [{ kind: "other" }] }, /needs its name/],
        ["an unknown unit", { unit: "sack" }, /unit/],
      ])("refuses %s with a message and writes nothing", async (_case, overrides, message) => {
        const res = await post("/cooperative/lots", lotBody(orange.variants[0]!.id, gtinA, overrides), a)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await lotCount(a)).toBe(0)
      })

      it("refuses a GTIN another cooperative uses, and a second GTIN or a taken one for a variant", async () => {
        expect((await post("/cooperative/lots", lotBody(honey.variants[0]!.id, gtinB), b)).status).toBe(201)
        const taken = await post("/cooperative/lots", lotBody(orange.variants[0]!.id, gtinB), a)
        expect(taken.status).toBe(400)
        expect(taken.data.message).toBe(`GTIN 0${gtinB} belongs to another cooperative's product: check the digits under your barcode.`)
        await createLot()
        const otherVariant = await post("/cooperative/lots", lotBody(orange.variants[1]!.id, gtinA, { lot_code: "CAM-10" }), a)
        expect(otherVariant.data.message).toMatch(/already identifies another of your product variants/)
        const secondGtin = await post("/cooperative/lots", lotBody(orange.variants[0]!.id, vietnamGtin13(3), { lot_code: "CAM-11" }), a)
        expect(secondGtin.data.message).toMatch(`This variant already has GTIN 0${gtinA}`)
        expect(await lotCount(a)).toBe(1)
      })

      it("answers 404 for another cooperative's variant", async () => {
        const res = await post("/cooperative/lots", lotBody(honey.variants[0]!.id, gtinA), a)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`This cooperative has no product variant with id "${honey.variants[0]!.id}".`)
        expect(await lotCount(a)).toBe(0)
      })

      it("refuses a lot code the GTIN already has, and keeps codes per GTIN", async () => {
        await createLot()
        const again = await post("/cooperative/lots", lotBody(orange.variants[0]!.id, gtinA), a)
        expect(again.status).toBe(400)
        expect(again.data.message).toBe(`Lot CAM-2025/06 already exists for GTIN 0${gtinA}: give this lot another code.`)
        const sameCodeOtherGtin = await post("/cooperative/lots", lotBody(orange.variants[1]!.id, vietnamGtin13(4)), a)
        expect(sameCodeOtherGtin.status).toBe(201)
        expect(await lotCount(a)).toBe(2)
      })

      it("refuses text that cannot be saved and a lot code of dots only, writing nothing", async () => {
        const nul = await post("/cooperative/lots", lotBody(orange.variants[0]!.id, gtinA, { certifications: [{ kind: "other", name: "VietGAP\u0000" }] }), a)
        expect(nul.status).toBe(400)
        expect(nul.data.message).toMatch(/cannot be saved/)
        const broken = await post("/cooperative/lots", lotBody(orange.variants[0]!.id, gtinA, { lot_code: ".." }), a)
        expect(broken.status).toBe(400)
        expect(broken.data.message).toMatch(/only dots/)
        expect(await lotCount(a)).toBe(0)
        await createLot()
        expect(await lotCount(a)).toBe(1)
      })
    })

    describe("when a later step fails", () => {
      it("a new lot leaves no lot, trade item or link behind", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const body = lotBody(orange.variants[0]!.id, gtinA) as unknown as NewLotInput
        const { errors } = await createLotThenFail(getContainer()).run({ input: { cooperative_id: a.cooperative.id, lot: body }, throwOnError: false })
        expect(errors[0]?.error.message).toBe("A later step failed.")
        expect((await query.graph({ entity: "trade_item", fields: ["id"], filters: { gtin: `0${gtinA}` } })).data).toHaveLength(0)
        expect((await query.graph({ entity: "lot", fields: ["id"] })).data).toHaveLength(0)
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "trade_item.id"], filters: { id: orange.variants[0]!.id } })
        expect((variants[0] as { trade_item?: unknown }).trade_item ?? null).toBeNull()
        expect((await post("/cooperative/lots", lotBody(orange.variants[0]!.id, gtinA), a)).status).toBe(201)
      })

      it("a new event is taken back off the chain, which still verifies", async () => {
        const lot = await createLot()
        await post(`/cooperative/lots/${lot.id}/events`, eventBody("harvest"), a)
        const input = { cooperative_id: a.cooperative.id, lot_id: lot.id, seller_id: "sel_test", event: { ...eventBody("packing"), photos: [] } as TraceEventInput }
        const { errors } = await recordEventThenFail(getContainer()).run({ input, throwOnError: false })
        expect(errors[0]?.error.message).toBe("A later step failed.")
        const { data } = await get(`/cooperative/lots/${lot.id}`, a)
        expect(data.lot.events.map((e: { kind: string }) => e.kind)).toEqual(["harvest"])
        expect(data.lot.verification).toEqual({ verified: true, event_count: 1 })
        const next = await post(`/cooperative/lots/${lot.id}/events`, eventBody("packing"), a)
        expect(next.data.lot.verification).toEqual({ verified: true, event_count: 2 })
      })
    })

    describe("GET /cooperative/lots", () => {
      it("lists the cooperative's lots newest first, by product or search, with their event counts and verification", async () => {
        const first = await createLot({ lot_code: "HY-0601" })
        await post(`/cooperative/lots/${first.id}/events`, eventBody("harvest"), a)
        const second = await createLot({ lot_code: "HY-0615" })
        await post("/cooperative/lots", lotBody(honey.variants[0]!.id, gtinB), b)
        const { data } = await get("/cooperative/lots", a)
        expect(data.count).toBe(2)
        expect(data.lots.map((l: { id: string }) => l.id)).toEqual([second.id, first.id])
        expect(data.lots[1]).toMatchObject({ lot_code: "HY-0601", event_count: 1, verification: { verified: true, event_count: 1 }, product: { id: orange.id } })
        expect(data.lots[1].events).toBeUndefined()
        expect((await get(`/cooperative/lots?q=${encodeURIComponent("cam sanh ham yen")}`, a)).data.count).toBe(2)
        expect((await get("/cooperative/lots?q=0615", a)).data.lots.map((l: { id: string }) => l.id)).toEqual([second.id])
        expect((await get(`/cooperative/lots?product_id=${honey.id}`, a)).data.count).toBe(0)
        expect((await get("/cooperative/lots?limit=1&offset=1", a)).data).toMatchObject({ count: 2, limit: 1, offset: 1, lots: [{ id: first.id }] })
        expect((await get("/cooperative/lots?limit=500", a)).status).toBe(400)
      })
    })

    describe("POST /cooperative/lots/:id/events", () => {
      it("records every kind of event with its EPCIS terms, the chain verifying after each", async () => {
        const lot = await createLot()
        for (const [i, kind] of EVENT_KINDS.entries()) {
          const res = await post(`/cooperative/lots/${lot.id}/events`, eventBody(kind, { event_time: new Date(Date.now() - (20 - i) * 60_000).toISOString() }), a)
          expect(res.status).toBe(201)
          const { type, action, biz_step, disposition } = EVENT_MAPPING[kind]
          expect(res.data.event).toMatchObject({ kind, type, action, biz_step, disposition, declared_erroneous: false, corrects_event_id: null })
          expect(res.data.event.event_id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
          expect(res.data.lot.verification).toEqual({ verified: true, event_count: i + 1 })
        }
        const failedInspection = await post(`/cooperative/lots/${lot.id}/events`, eventBody("inspection", { result: "fail", note: "Quả dập quá 5%" }), a)
        expect(failedInspection.data.event).toMatchObject({ biz_step: "inspecting", disposition: "non_conformant" })
        const withPlace = await post(`/cooperative/lots/${lot.id}/events`, eventBody("storing", { latitude: 22.07, longitude: 105.04, photos: [`${OWN_FILES}/kho.webp`] }), a)
        expect(withPlace.data.event).toMatchObject({ latitude: 22.07, longitude: 105.04, photos: [`${OWN_FILES}/kho.webp`] })
        const { data } = await get(`/cooperative/lots/${lot.id}`, a)
        expect(data.lot.events.map((e: { kind: string }) => e.kind)).toEqual([...EVENT_KINDS, "inspection", "storing"])
        expect(data.lot.verification).toEqual({ verified: true, event_count: 10 })
      })

      it("accepts an event at the start of the production day and a phone clock a little ahead", async () => {
        const lot = await createLot()
        const start = await post(`/cooperative/lots/${lot.id}/events`, eventBody("harvest", { event_time: startOfVietnamDay(daysAgo(7)).toISOString() }), a)
        expect(start.status).toBe(201)
        const ahead = await post(`/cooperative/lots/${lot.id}/events`, eventBody("packing", { event_time: new Date(Date.now() + 2 * 60_000).toISOString() }), a)
        expect(ahead.status).toBe(201)
      })

      it.each([
        ["before the lot's production day", () => ({ event_time: new Date(startOfVietnamDay(daysAgo(7)).getTime() - 1000).toISOString() }), /before the lot's production day/],
        ["in the future", () => ({ event_time: new Date(Date.now() + 10 * 60_000).toISOString() }), /in the future/],
        ["with a photo that was not uploaded here", () => ({ photos: ["https://example.com/anh.jpg"] }), /Photo https:\/\/example.com\/anh.jpg was not uploaded here/],
        ["with seven photos", () => ({ photos: Array.from({ length: 7 }, (_, i) => `${OWN_FILES}/${i}.webp`) }), /At most 6 photos/],
        ["with a result on a packing", () => ({ result: "fail" }), /only for an inspection/],
        ["with an unknown kind", () => ({ kind: "harvesting" }), /kind/],
      ])("refuses an event %s and records nothing", async (_case, overrides, message) => {
        const lot = await createLot()
        const res = await post(`/cooperative/lots/${lot.id}/events`, eventBody("packing", overrides()), a)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect((await get(`/cooperative/lots/${lot.id}`, a)).data.lot.verification).toEqual({ verified: true, event_count: 0 })
      })

      it("records a correction: the corrected event is shown as declared erroneous and stays in the chain", async () => {
        const lot = await createLot()
        const wrong = (await post(`/cooperative/lots/${lot.id}/events`, eventBody("packing", { note: "Đóng 50 thùng" }), a)).data.event
        const res = await post(
          `/cooperative/lots/${lot.id}/events`,
          eventBody("packing", { note: "Đóng 48 thùng", corrects_event_id: wrong.id, correction_reason: "Đếm nhầm số thùng" }),
          a
        )
        expect(res.status).toBe(201)
        expect(res.data.event).toMatchObject({ corrects_event_id: wrong.id, correction_reason: "Đếm nhầm số thùng", declared_erroneous: false })
        expect(res.data.lot.events).toEqual([
          expect.objectContaining({ id: wrong.id, note: "Đóng 50 thùng", declared_erroneous: true }),
          expect.objectContaining({ id: res.data.event.id, declared_erroneous: false }),
        ])
        expect(res.data.lot.verification).toEqual({ verified: true, event_count: 2 })
        const byEventId = await post(`/cooperative/lots/${lot.id}/events`, eventBody("packing", { corrects_event_id: wrong.event_id, correction_reason: "Sửa lần hai" }), a)
        expect(byEventId.data.event.corrects_event_id).toBe(wrong.id)
        const noReason = await post(`/cooperative/lots/${lot.id}/events`, eventBody("packing", { corrects_event_id: wrong.id }), a)
        expect(noReason.data.message).toMatch(/Say why the event is corrected/)
      })

      it("refuses a correction of another lot's event", async () => {
        const lot = await createLot()
        const other = await createLot({ lot_code: "CAM-KHAC" })
        const foreign = (await post(`/cooperative/lots/${other.id}/events`, eventBody("harvest"), a)).data.event
        const res = await post(`/cooperative/lots/${lot.id}/events`, eventBody("harvest", { corrects_event_id: foreign.id, correction_reason: "Nhầm lô" }), a)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(`Event ${foreign.id} is not an event of this lot: a correction names an event of the same lot.`)
        expect((await get(`/cooperative/lots/${lot.id}`, a)).data.lot.verification.event_count).toBe(0)
      })

      it("keeps the chain whole when many events arrive at once", async () => {
        const lot = await createLot()
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) => post(`/cooperative/lots/${lot.id}/events`, eventBody(i % 2 ? "storing" : "inspection", { note: `Lần ${i}` }), a))
        )
        expect(results.map((r) => r.status)).toEqual(Array(12).fill(201))
        const { data } = await get(`/cooperative/lots/${lot.id}`, a)
        expect(data.lot.verification).toEqual({ verified: true, event_count: 12 })
        expect(new Set(data.lot.events.map((e: { note: string }) => e.note)).size).toBe(12)
      })
    })

    describe("another cooperative's lot", () => {
      it("cannot be read, appended to, or printed: 404, as if it did not exist", async () => {
        const lot = await createLot()
        const expected = `This cooperative has no lot with id "${lot.id}".`
        for (const res of [
          await get(`/cooperative/lots/${lot.id}`, b),
          await post(`/cooperative/lots/${lot.id}/events`, eventBody("harvest"), b),
          await get(`/cooperative/lots/${lot.id}/qr`, b),
          await get(`/cooperative/lots/${lot.id}/labels?count=1`, b),
        ]) {
          expect(res.status).toBe(404)
          expect(res.data.message).toBe(expected)
        }
        expect((await get("/cooperative/lots", b)).data.count).toBe(0)
        expect((await get(`/cooperative/lots/${lot.id}`, a)).data.lot.verification.event_count).toBe(0)
      })
    })

    describe("GET /cooperative/lots/:id/qr", () => {
      it("answers the QR code of the lot's Digital Link as PNG or SVG, with a file name", async () => {
        const lot = await createLot()
        const png = await get(`/cooperative/lots/${lot.id}/qr?format=png`, a, { responseType: "arraybuffer" })
        expect(png.headers["content-type"]).toBe("image/png")
        expect(png.headers["content-disposition"]).toBe(`inline; filename="lot-0${gtinA}-CAM-2025-06.png"`)
        expect(Buffer.from(png.data).subarray(1, 4).toString()).toBe("PNG")
        const svg = await get(`/cooperative/lots/${lot.id}/qr?format=svg`, a)
        expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/)
        expect(svg.headers["content-disposition"]).toMatch(/filename="lot-0\d{13}-CAM-2025-06\.svg"/)
        expect(String(svg.data)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
        expect((await get(`/cooperative/lots/${lot.id}/qr?format=gif`, a)).status).toBe(400)
      })
    })

    describe("GET /cooperative/lots/:id/labels", () => {
      it.each([
        [1, 1],
        [100, 5],
      ])("prints %i label(s) on %i A4 page(s)", async (count, pages) => {
        const lot = await createLot()
        const res = await get(`/cooperative/lots/${lot.id}/labels?count=${count}`, a, { responseType: "arraybuffer" })
        expect(res.headers["content-type"]).toBe("application/pdf")
        expect(res.headers["content-disposition"]).toBe(`attachment; filename="lot-0${gtinA}-CAM-2025-06.pdf"`)
        const pdf = await PDFDocument.load(Buffer.from(res.data))
        expect(pdf.getPageCount()).toBe(pages)
        expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 })
      })

      it("prints the product's OCOP stars while a verified certificate is active, and none otherwise", async () => {
        const lot = await createLot()
        const labels = async () =>
          embeddedCharacters(Buffer.from((await get(`/cooperative/lots/${lot.id}/labels?count=1`, a, { responseType: "arraybuffer" })).data))
        expect(await labels()).not.toContain("★")
        // The certificate is written the way the OCOP module stores it, through its registered name, as an operator's verification leaves it.
        const ocop = getContainer().resolve("ocop") as { createOcopCertificates(data: Record<string, unknown>): Promise<{ id: string }> }
        const certificate = await ocop.createOcopCertificates({
          status: "verified",
          stars: 4,
          potential_five_star: true,
          product_set: 7,
          issuing_authority: "UBND tỉnh Tuyên Quang",
          decision_number: "1234/QĐ-UBND",
          issued_on: daysAgo(400),
          expires_on: daysAgo(-700),
          document_url: `${OWN_FILES}/ocop.pdf`,
        })
        await getContainer().resolve(ContainerRegistrationKeys.LINK).create({ ocop: { ocop_certificate_id: certificate.id }, [Modules.PRODUCT]: { product_id: orange.id } })
        const printed = await labels()
        expect(printed).toContain("★")
        expect(printed).toContain("ề")
      })

      it.each(["0", "101", "2.5", "nhieu"])("refuses count=%s", async (count) => {
        const lot = await createLot()
        const res = await get(`/cooperative/lots/${lot.id}/labels?count=${count}`, a)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/count must be/)
      })
    })

    describe("GET /cooperative/traceability/vocabulary", () => {
      it("lists the event kinds with their EPCIS terms, the certification kinds and the units", async () => {
        const { data } = await get("/cooperative/traceability/vocabulary", a)
        expect(data.event_kinds.map((k: { kind: string }) => k.kind)).toEqual([...EVENT_KINDS])
        expect(data.event_kinds[0]).toMatchObject({ kind: "harvest", type: "ObjectEvent", action: "ADD", biz_step: "commissioning", disposition: "active", name_vi: "Thu hoạch" })
        expect(data.certification_kinds.map((k: { kind: string }) => k.kind)).toContain("organic_vn")
        expect(data.units).toContainEqual({ code: "kg", name_vi: "kg", name_en: "kg" })
        expect((await api.get("/cooperative/traceability/vocabulary").catch(failed)).status).toBe(401)
      })
    })
  },
})
