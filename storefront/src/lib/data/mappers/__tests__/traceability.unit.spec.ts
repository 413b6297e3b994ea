import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { dayLabel, mapHref, toTradeItemView, toTraceLotView } from "../traceability"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

/** A lot as the store API answers it (the contract's Lot JSON), with a correction in its history. */
const lot = {
  id: "lot_1",
  gtin: "08936045001004",
  lot_code: "LP/25%11",
  produced_on: "2025-11-20",
  expires_on: "2026-11-20",
  quantity: 1250.5,
  unit: "kg",
  origin: { name: "Đồi chè thôn Lũng Phìn", commune: "Xã Lũng Phìn", province: "Tuyên Quang", latitude: 23.2, longitude: 105.3 },
  certifications: [
    { id: "cert_1", kind: "vietgap", name: null, issuer: "Sở NN&MT Tuyên Quang", number: "VG-123", valid_until: "2027-01-31", document_url: "http://x/static/vg.pdf" },
    { id: "cert_2", kind: "other", name: "Chỉ dẫn địa lý", issuer: null, number: null, valid_until: null, document_url: null },
  ],
  product: { id: "prod_1", title: "Chè Shan tuyết Lũng Phìn", handle: "che-shan-tuyet-lung-phin", thumbnail: "http://x/static/che.webp" },
  variant: { id: "variant_1", title: "Túi 200 g", sku: "CHE-200" },
  cooperative: {
    id: "coop_1",
    name: "Hợp tác xã Chè Shan tuyết Lũng Phìn",
    handle: "che-shan-tuyet-lung-phin",
    street: "Thôn Lũng Phìn",
    commune: "Xã Lũng Phìn",
    province: "Tuyên Quang",
    phone: "0912 345 678",
    registration_number: "5101234567",
  },
  events: [
    { id: "ev_1", event_id: "urn:uuid:1", kind: "harvest", type: "ObjectEvent", action: "ADD", biz_step: "commissioning", disposition: "active", event_time: "2025-11-20T01:30:00.000Z", place_name: "Đồi chè", latitude: null, longitude: null, note: "Hái tay.", photos: [], corrects_event_id: null, correction_reason: null, declared_erroneous: true, recorded_at: "2025-11-20T02:00:00.000Z" },
    { id: "ev_2", event_id: "urn:uuid:2", kind: "inspection", type: "ObjectEvent", action: "OBSERVE", biz_step: "inspecting", disposition: "non_conformant", event_time: "2025-11-21T03:00:00.000Z", place_name: null, latitude: 23.21, longitude: 105.31, note: null, photos: ["http://x/static/p.webp"], corrects_event_id: null, correction_reason: null, declared_erroneous: false, recorded_at: "2025-11-21T03:05:00.000Z" },
    { id: "ev_3", event_id: "urn:uuid:3", kind: "harvest", type: "ObjectEvent", action: "ADD", biz_step: "commissioning", disposition: "active", event_time: "2025-11-20T01:00:00.000Z", place_name: "Đồi chè", latitude: null, longitude: null, note: "Hái tay, sáng sớm.", photos: [], corrects_event_id: "ev_1", correction_reason: "Sai giờ hái.", declared_erroneous: false, recorded_at: "2025-11-22T02:00:00.000Z" },
  ],
  verification: { verified: true, event_count: 3 },
  digital_link: "http://shop.test/01/08936045001004/10/LP%2F25%2511?17=261120",
  created_at: "2025-11-20T02:00:00.000Z",
}

void describe("toTraceLotView", () => {
  const vi = toTraceLotView({ lot }, "vi")

  void it("gives the lot page its canonical path with the lot encoded once, and the Digital Link as sent", () => {
    assert.equal(vi.path, "/01/08936045001004/10/LP%2F25%2511")
    assert.equal(vi.digitalLink, lot.digital_link)
  })

  void it("writes days, quantities and times the Vietnamese way, in Vietnam's time zone", () => {
    assert.equal(vi.producedLabel, "20 tháng 11, 2025")
    assert.equal(vi.quantityLabel, "1.250,5")
    assert.equal(vi.unit, "kg")
    const first = vi.events[0]
    assert.match(first?.timeLabel ?? "", /08:00/)
    assert.equal(toTraceLotView({ lot }, "en").quantityLabel, "1,250.5")
  })

  void it("shows the history by event time and says what a correction corrects", () => {
    assert.deepEqual(vi.events.map((e) => e.id), ["ev_3", "ev_1", "ev_2"])
    const correction = vi.events[0]?.correction
    assert.equal(correction?.eventId, "ev_1")
    assert.equal(correction?.kind, "harvest")
    assert.equal(correction?.reason, "Sai giờ hái.")
    assert.match(correction?.timeLabel ?? "", /08:30/)
    assert.equal(vi.events[1]?.declaredErroneous, true)
  })

  void it("reads an inspection's result from its disposition and links coordinates to a map", () => {
    const inspection = vi.events[2]
    assert.equal(inspection?.result, "fail")
    assert.equal(vi.events[0]?.result, null)
    assert.equal(inspection?.mapHref, "https://www.openstreetmap.org/?mlat=23.21&mlon=105.31")
    assert.equal(vi.origin.mapHref, "https://www.openstreetmap.org/?mlat=23.2&mlon=105.3")
  })

  void it("gives the producer's identity with a dialable phone, and each certification", () => {
    assert.equal(vi.cooperative?.address, "Thôn Lũng Phìn, Xã Lũng Phìn, Tuyên Quang")
    assert.equal(vi.cooperative?.phoneHref, "tel:0912345678")
    assert.equal(vi.cooperative?.shortName, null)
    assert.deepEqual(
      vi.certifications.map((c) => [c.kind, c.name, c.validUntilLabel]),
      [["vietgap", null, "31 tháng 1, 2027"], ["other", "Chỉ dẫn địa lý", null]]
    )
  })

  void it("says unverified when the chain does not verify, and reads list items without events", () => {
    const broken = toTraceLotView({ lot: { ...lot, events: undefined, event_count: 4, verification: { verified: false, event_count: 4 } } }, "vi")
    assert.equal(broken.verified, false)
    assert.equal(broken.eventCount, 4)
    assert.deepEqual(broken.events, [])
  })

  void it("names the route when the backend breaks the contract", () => {
    assert.throws(() => toTraceLotView({ lot: { ...lot, gtin: undefined } }, "vi"), /GET \/store\/traceability\/01\/:gtin\/10\/:lot .* at lot\.gtin/)
  })
})

void describe("toTradeItemView", () => {
  void it("lists the trade item's lots newest first, each with its lot page", () => {
    const view = toTradeItemView(
      {
        trade_item: { gtin: lot.gtin, product: lot.product, variant: lot.variant, cooperative: lot.cooperative },
        lots: [
          { lot_code: "A.1", produced_on: "2025-10-01", expires_on: null, digital_link: "x" },
          { lot_code: "B 2", produced_on: "2025-11-01", expires_on: "2026-11-01", digital_link: "y" },
        ],
      },
      "en"
    )
    assert.equal(view.path, "/01/08936045001004")
    assert.deepEqual(view.lots.map((l) => [l.lotCode, l.path]), [["B 2", "/01/08936045001004/10/B%202"], ["A.1", "/01/08936045001004/10/A.1"]])
    assert.equal(view.lots[0]?.expiresLabel, "November 1, 2026")
    assert.equal(view.variantTitle, "Túi 200 g")
  })
})

void describe("dayLabel and mapHref", () => {
  void it("keeps a day the same day whatever the server's time zone", () => {
    assert.equal(dayLabel("2025-01-01", "en"), "January 1, 2025")
    assert.equal(dayLabel("not a day", "en"), null)
    assert.equal(mapHref(21.8, null), null)
  })
})
