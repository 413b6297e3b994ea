import type { CertificationKind, EventKind } from "../../modules/traceability/vocabulary"

/** A new lot as a cooperative describes it (a GTIN of any GS1 length, days `YYYY-MM-DD` in Việt Nam, a unit code of the vocabulary). */
export type NewLotInput = {
  variant_id: string
  gtin: string
  lot_code: string
  produced_on: string
  expires_on?: string | null
  quantity: number
  unit: string
  origin: { name: string; commune: string; province: string; latitude?: number | null; longitude?: number | null }
  certifications?: {
    kind: CertificationKind
    name?: string | null
    issuer?: string | null
    number?: string | null
    valid_until?: string | null
    document_url?: string | null
  }[]
}

/** An event as a cooperative records it; a correction names the event it corrects (by id or EPCIS event id). */
export type TraceEventInput = {
  kind: EventKind
  result?: "pass" | "fail"
  event_time: string
  place_name?: string | null
  latitude?: number | null
  longitude?: number | null
  note?: string | null
  photos?: string[]
  corrects_event_id?: string | null
  correction_reason?: string | null
}

/** Degrees as whole millionths, the exact form coordinates are stored in. */
export const toE6 = (degrees: number | null | undefined) => (degrees === null || degrees === undefined ? null : Math.round(degrees * 1_000_000))
