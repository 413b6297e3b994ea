import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { EventFormValues, LotFormValues } from "../../lot-views"
import { initialLotValues, parseLotProductParam, toLotRows, toUnitOptions, toVariantGroups } from "../lot"
import { parseDecimal, toEventPayload, toLotPayload, toVietnamLocalTime, validateEventForm, validateLotForm, vietnamTimeToIso } from "../lot-payload"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

const filled: LotFormValues = {
  variantId: "variant_1",
  gtin: "8936045001004",
  lotCode: " CAM-2511 ",
  producedOn: "2025-11-20",
  expiresOn: "",
  quantity: "1.250",
  unit: "kg",
  originName: "Đồi cam thôn Bình Ca",
  originCommune: "Xã Hàm Yên",
  originProvince: "Tuyên Quang",
  originLatitude: "21,8237",
  originLongitude: "105.214",
  certKind: "",
  certName: "",
  certIssuer: "",
  certNumber: "",
  certValidUntil: "",
  certDocumentUrl: "",
}

void describe("validateLotForm", () => {
  void it("accepts a filled form", () => {
    assert.deepEqual(validateLotForm(filled), {})
  })

  void it("names each field that must be filled or chosen", () => {
    const empty = initialLotValues([], [], null)
    assert.deepEqual(validateLotForm(empty), {
      variantId: "choose",
      gtin: "required",
      lotCode: "required",
      producedOn: "required",
      quantity: "required",
      unit: "choose",
      originName: "required",
      originCommune: "required",
      originProvince: "choose",
    })
  })

  void it("checks the GTIN's check digit and the lot code's characters as the backend does", () => {
    assert.deepEqual(validateLotForm({ ...filled, gtin: "8936045001005", lotCode: "LÔ 1" }), { gtin: "gtin_check_digit", lotCode: "lot_characters" })
    assert.deepEqual(validateLotForm({ ...filled, gtin: "89360450010", lotCode: "A".repeat(21) }), { gtin: "gtin_length", lotCode: "lot_length" })
  })

  void it("wants the expiry after production, a whole quantity of at least 1 and both coordinates or neither", () => {
    assert.deepEqual(validateLotForm({ ...filled, expiresOn: "2025-11-20", quantity: "0" }), { expiresOn: "expires_before", quantity: "quantity" })
    assert.deepEqual(validateLotForm({ ...filled, quantity: "12,5" }), { quantity: "quantity" })
    assert.deepEqual(validateLotForm({ ...filled, originLongitude: "" }), { originLongitude: "coordinates_pair" })
    assert.deepEqual(validateLotForm({ ...filled, originLatitude: "91", originLongitude: "abc" }), { originLatitude: "latitude", originLongitude: "longitude" })
    assert.deepEqual(validateLotForm({ ...filled, producedOn: "2025-02-30" }), { producedOn: "date" })
  })

  void it("needs a name for an 'other' certification", () => {
    assert.deepEqual(validateLotForm({ ...filled, certKind: "other" }), { certName: "cert_name" })
    assert.deepEqual(validateLotForm({ ...filled, certKind: "vietgap" }), {})
  })
})

void describe("toLotPayload", () => {
  void it("sends the GTIN as 14 digits, numbers as numbers and leaves out what is empty", () => {
    assert.deepEqual(toLotPayload(filled), {
      variant_id: "variant_1",
      gtin: "08936045001004",
      lot_code: "CAM-2511",
      produced_on: "2025-11-20",
      quantity: 1250,
      unit: "kg",
      origin: { name: "Đồi cam thôn Bình Ca", commune: "Xã Hàm Yên", province: "Tuyên Quang", latitude: 21.8237, longitude: 105.214 },
      certifications: [],
    })
  })

  void it("sends one certification with its scan", () => {
    const body = toLotPayload({ ...filled, certKind: "vietgap", certNumber: "VG-1", certDocumentUrl: "http://x/static/vg.pdf" })
    assert.deepEqual(body.certifications, [{ kind: "vietgap", number: "VG-1", document_url: "http://x/static/vg.pdf" }])
  })
})

void describe("parseDecimal", () => {
  void it("reads decimals and Vietnamese thousands as people type them", () => {
    assert.deepEqual(["12,5", "12.5", "1.250", "1 250", "1.250,75", "1,250.75", "0", "abc", ""].map(parseDecimal), [12.5, 12.5, 1250, 1250, 1250.75, 1250.75, 0, null, null])
  })
})

void describe("event form", () => {
  const event: EventFormValues = { kind: "packing", result: "fail", time: "2025-11-20T08:30", place: " Xưởng ", note: "", photos: [], correctsEventId: "", correctionReason: "" }

  void it("reads the datetime-local value as Vietnam time", () => {
    assert.equal(vietnamTimeToIso("2025-11-20T08:30"), "2025-11-20T08:30:00+07:00")
    assert.equal(vietnamTimeToIso("2025-11-20"), null)
    assert.equal(toVietnamLocalTime(new Date("2025-11-20T18:05:00Z")), "2025-11-21T01:05")
  })

  void it("sends the result only for an inspection, and a correction only with its reason", () => {
    assert.deepEqual(toEventPayload(event), { kind: "packing", event_time: "2025-11-20T08:30:00+07:00", place_name: "Xưởng" })
    assert.equal(toEventPayload({ ...event, kind: "inspection" }).result, "fail")
    const correction = toEventPayload({ ...event, correctsEventId: "ev_1", correctionReason: " Sai giờ. ", photos: ["http://x/p.webp"] })
    assert.deepEqual([correction.corrects_event_id, correction.correction_reason, correction.photos], ["ev_1", "Sai giờ.", ["http://x/p.webp"]])
  })

  void it("wants a time and, for a correction, a reason of five characters", () => {
    assert.deepEqual(validateEventForm(event), {})
    assert.deepEqual(validateEventForm({ ...event, time: "", correctsEventId: "ev_1", correctionReason: "sai" }), { time: "time", correctionReason: "reason" })
  })
})

void describe("lot list and form choices", () => {
  void it("maps list rows with their step count and verification", () => {
    const { rows, count } = toLotRows(
      {
        lots: [
          {
            id: "lot_1",
            gtin: "08936045001004",
            lot_code: "CAM-2511",
            produced_on: "2025-11-20",
            product: { id: "prod_1", title: "Cam sành Hàm Yên", handle: "cam", thumbnail: null },
            variant: { id: "variant_1", title: "Thùng 10 kg", sku: null },
            event_count: 3,
            verification: { verified: true, event_count: 3 },
          },
        ],
        count: 21,
      },
      "vi"
    )
    assert.equal(count, 21)
    assert.deepEqual(rows[0], {
      id: "lot_1",
      lotCode: "CAM-2511",
      gtin: "08936045001004",
      productId: "prod_1",
      productTitle: "Cam sành Hàm Yên",
      variantTitle: "Thùng 10 kg",
      thumbnail: null,
      producedLabel: "20 tháng 11, 2025",
      eventCount: 3,
      verified: true,
    })
  })

  void it("reads units given as codes or with names, in the portal's language", () => {
    assert.deepEqual(toUnitOptions({ units: ["kg", "box"] }, "vi"), [{ code: "kg", label: null }, { code: "box", label: null }])
    assert.deepEqual(toUnitOptions({ units: [{ code: "g", uom: "GRM", name_vi: "gam", name_en: "gram" }] }, "en"), [{ code: "g", label: "gram" }])
  })

  void it("offers each non-archived product's variants and starts on the product the form was opened for", () => {
    const product = (id: string, status: "published" | "archived") => ({
      id,
      handle: null,
      status,
      values: {
        title: `Sản phẩm ${id}`, titleEn: "", description: "", descriptionEn: "", categoryIds: [], weight: "", status: "published" as const, images: [],
        variants: [{ key: "v", id: `variant_${id}`, title: "1 kg", sku: "SKU", price: "", stock: "", weight: "" }],
      },
    })
    const groups = toVariantGroups([product("a", "published"), product("b", "archived"), product("c", "published")])
    assert.deepEqual(groups.map((g) => [g.productId, g.variants.map((v) => v.label)]), [["a", ["Sản phẩm a · 1 kg · (SKU)"]], ["c", ["Sản phẩm c · 1 kg · (SKU)"]]])
    const initial = initialLotValues(groups, [{ code: "box", label: null }, { code: "kg", label: null }], "c")
    assert.deepEqual([initial.variantId, initial.unit], ["variant_c", "kg"])
    assert.equal(parseLotProductParam(["prod_1", "x"]), "prod_1")
    assert.equal(parseLotProductParam(" "), null)
  })
})
