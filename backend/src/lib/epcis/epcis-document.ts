import { digitalLinkFor } from "../gs1/digital-link"
import { toHandle } from "../handle"
import type { LotEventJson, LotJson } from "../traceability/lot-json"
import { toVietnamIso, VIETNAM_OFFSET } from "../traceability/vietnam-time"
import { uomOf } from "../../modules/traceability/vocabulary"

/** The JSON-LD context of EPCIS 2.0 documents. */
export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

/** CBV 2.0 error reason for an event whose recorded data was wrong. */
export const INCORRECT_DATA = "incorrect_data"

/** The lot fields an EPCIS document needs. */
export type EpcisLot = Pick<LotJson, "gtin" | "lot_code" | "produced_on" | "expires_on" | "quantity" | "unit" | "origin"> & {
  cooperative: Pick<LotJson["cooperative"], "handle">
}

type Json = Record<string, unknown>

/** Where an event happened: a `geo:` URI when it has coordinates, otherwise the named place under its cooperative's page. */
function readPointId(event: LotEventJson, lot: EpcisLot, base: string): string {
  if (event.latitude !== null && event.longitude !== null) return `geo:${event.latitude},${event.longitude}`
  const place = toHandle(event.place_name || lot.origin.name) || "origin"
  return `${base}/cooperatives/${encodeURIComponent(lot.cooperative.handle)}#place-${place}`
}

/** The lot's master data, carried by its commissioning events (harvest, processing): production day, expiry and origin. */
function ilmd(lot: EpcisLot): Json {
  return {
    "cbvmda:lotNumber": lot.lot_code,
    "gs1:productionDate": lot.produced_on,
    ...(lot.expires_on ? { "cbvmda:itemExpirationDate": lot.expires_on } : {}),
    "cbvmda:countryOfOrigin": "VN",
  }
}

/** One stored event in EPCIS 2.0 JSON-LD; events a later correction named carry an errorDeclaration. */
function toEpcisEvent(event: LotEventJson, lot: EpcisLot, base: string, corrections: LotEventJson[]): Json {
  const epcClass = digitalLinkFor({ base, gtin: lot.gtin, lot: lot.lot_code })
  const uom = uomOf(lot.unit)
  const quantity = [{ epcClass, quantity: lot.quantity, ...(uom ? { uom } : {}) }]
  const commissioning = event.biz_step === "commissioning"
  const body: Json = {
    type: event.type,
    eventID: event.event_id,
    eventTime: toVietnamIso(event.event_time),
    eventTimeZoneOffset: VIETNAM_OFFSET,
  }
  if (corrections.length) {
    const first = corrections[0]!
    body.errorDeclaration = {
      declarationTime: toVietnamIso(first.recorded_at),
      reason: INCORRECT_DATA,
      correctiveEventIDs: corrections.map((c) => c.event_id),
    }
  }
  if (event.type === "TransformationEvent") {
    Object.assign(body, { inputQuantityList: quantity, outputQuantityList: quantity })
  } else {
    Object.assign(body, { action: event.action ?? "OBSERVE", quantityList: quantity })
  }
  Object.assign(body, { bizStep: event.biz_step, disposition: event.disposition, readPoint: { id: readPointId(event, lot, base) } })
  // ObjectEvents may carry lot master data only when they ADD; transformations always may.
  if (commissioning && (event.type === "TransformationEvent" || event.action === "ADD")) body.ilmd = ilmd(lot)
  return body
}

/** The EPCIS 2.0 document (JSON-LD) of a lot's events, oldest first, as GS1 resolvers and partners read it. */
export function buildEpcisDocument(lot: EpcisLot, events: LotEventJson[], { digitalLinkBase, now = new Date() }: { digitalLinkBase: string; now?: Date }) {
  const base = digitalLinkBase.replace(/\/+$/, "")
  return {
    "@context": [EPCIS_CONTEXT],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: toVietnamIso(now),
    epcisBody: {
      eventList: events.map((event) => toEpcisEvent(event, lot, base, events.filter((e) => e.corrects_event_id === event.id))),
    },
  }
}
