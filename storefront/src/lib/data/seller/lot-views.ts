// View types of the seller's lot pages; the lot itself is the shared TraceLotView.
import type { GtinProblem } from "../../traceability/gtin"
import type { LotProblem } from "../../traceability/lot-code"
import type { CertificationKind, InspectionResult, TraceEventKind } from "../traceability-views"

/** A row of the lot list. */
export type SellerLotRow = {
  id: string
  lotCode: string
  gtin: string
  productId: string
  productTitle: string
  variantTitle: string | null
  thumbnail: string | null
  producedLabel: string
  eventCount: number
  verified: boolean
}

/** The variants of one product, as a group of the lot form's product select. */
export type LotVariantGroup = { productId: string; productTitle: string; variants: { id: string; label: string }[] }

/** A unit of quantity from the vocabulary; `label` is the backend's own name when it sends one. */
export type UnitOption = { code: string; label: string | null }

/** What the new-lot form edits, all as typed text until the server action parses it. */
export type LotFormValues = {
  variantId: string
  gtin: string
  lotCode: string
  producedOn: string
  expiresOn: string
  quantity: string
  unit: string
  originName: string
  originCommune: string
  originProvince: string
  originLatitude: string
  originLongitude: string
  /** "" when the lot has no certification. */
  certKind: CertificationKind | ""
  certName: string
  certIssuer: string
  certNumber: string
  certValidUntil: string
  /** Address of the uploaded scan; "" when there is none. */
  certDocumentUrl: string
}

/** A field of the lot form. */
export type LotField = keyof LotFormValues

/** Why a field of the lot form is refused; each has a sentence in `TraceSeller.fieldErrors`. */
export type LotFieldError =
  | "required"
  | "choose"
  | GtinProblem
  | LotProblem
  | "date"
  | "expires_before"
  | "quantity"
  | "latitude"
  | "longitude"
  | "coordinates_pair"
  | "commune_unknown"
  | "cert_name"

/** The lot form's refused fields and why. */
export type LotFieldErrors = Partial<Record<LotField, LotFieldError>>

/** What the record-event form edits. */
export type EventFormValues = {
  kind: TraceEventKind
  /** Only sent for an inspection. */
  result: InspectionResult
  /** `YYYY-MM-DDTHH:mm`, a time in Vietnam (the datetime-local input's value). */
  time: string
  place: string
  note: string
  photos: string[]
  /** The corrected event's id; "" for a new step. */
  correctsEventId: string
  correctionReason: string
}

/** The event form's fields that are checked before sending. */
export type EventField = "time" | "correctionReason"
/** The event form's refused fields and why. */
export type EventFieldErrors = Partial<Record<EventField, "time" | "reason">>
