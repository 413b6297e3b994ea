// View types of traceability: the public lot and trade-item pages and the seller's lot pages. Built in
// ./mappers/traceability.ts and ./seller/mappers/lot.ts.

/** The steps a cooperative records, in the order they usually happen (the contract's fixed list). */
export const TRACE_EVENT_KINDS = ["harvest", "inspection", "processing", "packing", "storing", "shipping", "receiving", "retail"] as const
export type TraceEventKind = (typeof TRACE_EVENT_KINDS)[number]

/** Certification schemes a lot can carry; `other` needs a name. */
export const CERTIFICATION_KINDS = ["vietgap", "globalgap", "organic_vn", "organic_eu", "organic_usda", "haccp", "iso22000", "other"] as const
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number]

/** Outcome of an inspection step. */
export type InspectionResult = "pass" | "fail"

/** One recorded step of a lot's history. */
export type TraceEventView = {
  id: string
  /** `unknown` when the backend sends a kind this storefront does not know yet. */
  kind: TraceEventKind | "unknown"
  /** Outcome of an inspection; null for every other step. */
  result: InspectionResult | null
  /** ISO timestamp, for `<time dateTime>`. */
  time: string
  /** Date and time in Vietnam, e.g. "20 thg 11, 2025 08:30". */
  timeLabel: string
  placeName: string | null
  mapHref: string | null
  note: string | null
  photos: string[]
  /** A later step corrected this one: shown, but marked as wrong. */
  declaredErroneous: boolean
  /** What this step corrects, when it is a correction. */
  correction: { eventId: string; kind: TraceEventKind | "unknown" | null; timeLabel: string | null; reason: string | null } | null
}

/** One certification of a lot, as its cards show it. */
export type TraceCertificationView = {
  id: string
  kind: CertificationKind
  /** The scheme's own name, for `other` (and when the cooperative gave one). */
  name: string | null
  issuer: string | null
  number: string | null
  validUntilLabel: string | null
  documentUrl: string | null
}

/** Where a lot was grown or made. */
export type TraceOriginView = {
  name: string | null
  commune: string | null
  province: string | null
  /** OpenStreetMap link with a marker, when the origin has coordinates. */
  mapHref: string | null
}

/** The producer, with the identity the e-commerce decree asks a seller to show. */
export type TraceCooperativeView = {
  id: string
  /** The registered name, e.g. "Hợp tác xã Chè Shan tuyết Lũng Phìn". */
  name: string
  /** The name people know it by, e.g. "HTX Chè Lũng Phìn"; null when it has none. */
  shortName: string | null
  handle: string | null
  address: string | null
  phone: string | null
  phoneHref: string | null
  registrationNumber: string | null
}

/** The product a lot or trade item is of. */
export type TraceProductView = { id: string; title: string; handle: string | null; thumbnail: string | null }

/** A lot as shoppers and its cooperative see it. */
export type TraceLotView = {
  id: string
  gtin: string
  lotCode: string
  /** The lot page's canonical path, e.g. `/01/08936045001004/10/CAM-2511`. */
  path: string
  /** The GS1 Digital Link URI printed in the QR code. */
  digitalLink: string | null
  product: TraceProductView
  variantTitle: string | null
  cooperative: TraceCooperativeView | null
  origin: TraceOriginView
  /** `YYYY-MM-DD`, a day in Vietnam. */
  producedOn: string
  producedLabel: string
  expiresLabel: string | null
  /** The quantity written for the locale ("1.250,5"), and the unit's code (named through `Trace.units`). */
  quantityLabel: string | null
  unit: string | null
  certifications: TraceCertificationView[]
  /** Oldest first. */
  events: TraceEventView[]
  verified: boolean
  eventCount: number
}

/** A lot in a trade item's list, linking to its page. */
export type TradeItemLotView = { lotCode: string; path: string; producedLabel: string; expiresLabel: string | null }

/** A trade item (one GTIN: one product variant of one cooperative) and its recent lots. */
export type TradeItemView = {
  gtin: string
  path: string
  product: TraceProductView
  variantTitle: string | null
  cooperative: TraceCooperativeView | null
  lots: TradeItemLotView[]
}
