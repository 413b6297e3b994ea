import { validateEpcisDocument } from "epcis2.js"
import { EVENT_KINDS, type EventKind, epcisFieldsFor } from "../../../modules/traceability/vocabulary"
import type { LotEventJson } from "../../traceability/lot-json"
import { buildEpcisDocument, EPCIS_CONTEXT, type EpcisLot } from "../epcis-document"

const BASE = "https://htx.example.vn"
const LOT: EpcisLot = {
  gtin: "08931234567897",
  lot_code: "CAM/2025-06",
  produced_on: "2025-06-14",
  expires_on: "2025-07-05",
  quantity: 500,
  unit: "kg",
  origin: { name: "Vườn cam thôn Bản Tát", commune: "Xã Hàm Yên", province: "Tuyên Quang", latitude: 22.07, longitude: 105.04 },
  cooperative: { handle: "htx-cam-sanh-ham-yen" },
}

let n = 0
function event(kind: EventKind, overrides: Partial<LotEventJson> = {}): LotEventJson {
  n += 1
  return {
    id: `trev_${n}`,
    event_id: `urn:uuid:6f1c2a9e-1b2c-4d3e-8f4a-${String(n).padStart(12, "0")}`,
    kind,
    ...epcisFieldsFor(kind),
    event_time: new Date(Date.UTC(2025, 5, 14, n)).toISOString(),
    place_name: "Xưởng đóng gói HTX",
    latitude: null,
    longitude: null,
    note: null,
    photos: [],
    corrects_event_id: null,
    correction_reason: null,
    declared_erroneous: false,
    recorded_at: new Date(Date.UTC(2025, 5, 14, n, 5)).toISOString(),
    ...overrides,
  }
}

const NOW = new Date("2025-06-20T03:00:00Z")

describe("buildEpcisDocument", () => {
  it.each(EVENT_KINDS)("writes a valid EPCIS 2.0 document for a %s event", (kind) => {
    const doc = buildEpcisDocument(LOT, [event(kind)], { digitalLinkBase: BASE, now: NOW })
    expect(validateEpcisDocument(doc)).toEqual({ success: true, errors: [] })
    expect(doc).toMatchObject({ "@context": [EPCIS_CONTEXT], type: "EPCISDocument", schemaVersion: "2.0", creationDate: "2025-06-20T10:00:00.000+07:00" })
    const [written] = doc.epcisBody.eventList as Record<string, unknown>[]
    expect(written).toMatchObject({ eventTimeZoneOffset: "+07:00", bizStep: epcisFieldsFor(kind).biz_step, disposition: epcisFieldsFor(kind).disposition })
    expect(String(written!.eventTime)).toMatch(/\+07:00$/)
    const classes = JSON.stringify(written).match(/https:\/\/htx\.example\.vn\/01\/08931234567897\/10\/CAM%2F2025-06/g)
    expect(classes?.length).toBe(kind === "processing" ? 2 : 1)
  })

  it("writes the whole history of a lot: master data on commissioning, geo read points, quantities in kilograms", () => {
    const events = [
      event("harvest", { latitude: 22.071234, longitude: 105.041234, place_name: "Vườn cam" }),
      event("inspection", epcisFieldsFor("inspection", "fail")),
      event("processing"),
      ...(["packing", "storing", "shipping", "receiving", "retail"] as const).map((k) => event(k)),
    ]
    const doc = buildEpcisDocument(LOT, events, { digitalLinkBase: `${BASE}/`, now: NOW })
    expect(validateEpcisDocument(doc).success).toBe(true)
    const list = doc.epcisBody.eventList as Record<string, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(list.map((e) => e.eventID)).toEqual(events.map((e) => e.event_id))
    expect(list[0]).toMatchObject({
      type: "ObjectEvent",
      action: "ADD",
      readPoint: { id: "geo:22.071234,105.041234" },
      quantityList: [{ epcClass: `${BASE}/01/08931234567897/10/CAM%2F2025-06`, quantity: 500, uom: "KGM" }],
      ilmd: { "cbvmda:lotNumber": "CAM/2025-06", "gs1:productionDate": "2025-06-14", "cbvmda:itemExpirationDate": "2025-07-05", "cbvmda:countryOfOrigin": "VN" },
    })
    expect(list[1]).toMatchObject({ action: "OBSERVE", bizStep: "inspecting", disposition: "non_conformant" })
    expect(list[1]!.ilmd).toBeUndefined()
    expect(list[2]).toMatchObject({ type: "TransformationEvent", bizStep: "commissioning", ilmd: { "cbvmda:lotNumber": "CAM/2025-06" } })
    expect(list[2]!.action).toBeUndefined()
    expect(list[3]!.readPoint.id).toBe(`${BASE}/cooperatives/htx-cam-sanh-ham-yen#place-xuong-dong-goi-htx`)
  })

  it("declares a corrected event erroneous, naming the correction, and the document stays valid", () => {
    const wrong = event("packing", { note: "Đóng 50 thùng" })
    const fix = event("packing", { note: "Đóng 48 thùng", corrects_event_id: wrong.id, correction_reason: "Đếm nhầm số thùng", recorded_at: "2025-06-15T02:00:00.000Z" })
    const doc = buildEpcisDocument(LOT, [event("harvest"), { ...wrong, declared_erroneous: true }, fix], { digitalLinkBase: BASE, now: NOW })
    expect(validateEpcisDocument(doc).success).toBe(true)
    const list = doc.epcisBody.eventList as Record<string, unknown>[]
    expect(list[1]!.errorDeclaration).toEqual({
      declarationTime: "2025-06-15T09:00:00.000+07:00",
      reason: "incorrect_data",
      correctiveEventIDs: [fix.event_id],
    })
    expect(list[0]!.errorDeclaration).toBeUndefined()
    expect(list[2]!.errorDeclaration).toBeUndefined()
  })

  it("writes a lot without expiry or events, and a validator refuses a broken document", () => {
    const empty = buildEpcisDocument({ ...LOT, expires_on: null, unit: "piece" }, [], { digitalLinkBase: BASE })
    expect(validateEpcisDocument(empty).success).toBe(true)
    const doc = buildEpcisDocument({ ...LOT, expires_on: null }, [event("harvest")], { digitalLinkBase: BASE })
    expect(JSON.stringify(doc)).not.toContain("itemExpirationDate")
    const list = doc.epcisBody.eventList as Record<string, unknown>[]
    const broken = { ...doc, epcisBody: { eventList: [{ ...list[0], eventTimeZoneOffset: undefined, bizStep: "harvesting" }] } }
    expect(validateEpcisDocument(broken, false).success).toBe(false)
    expect(() => validateEpcisDocument({ ...doc, schemaVersion: undefined })).toThrow()
  })
})
