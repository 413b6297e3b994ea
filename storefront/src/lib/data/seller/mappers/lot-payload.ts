import { normalizeGtin } from "../../../traceability/gtin"
import { lotProblem } from "../../../traceability/lot-code"
import type { EventFieldErrors, EventFormValues, LotFieldErrors, LotFormValues } from "../lot-views"

/** Most photos one step may carry (the contract's limit). */
export const MAX_EVENT_PHOTOS = 6

const VIETNAM_OFFSET = "+07:00"
const DAY = /^\d{4}-\d{2}-\d{2}$/
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/**
 * Reads a decimal as people type it on a phone: "12,5" and "12.5" are 12.5; "1.250" and "1 250" are 1250 (the
 * Vietnamese thousands dot). Returns null when the text is no number.
 */
export function parseDecimal(raw: string): number | null {
  let text = raw.trim().replace(/[\s\u00a0]/g, "")
  if (text === "") return null
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, "")
  else if (text.includes(",") && text.includes(".")) {
    // The separator that comes last is the decimal one.
    text = text.lastIndexOf(",") > text.lastIndexOf(".") ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "")
  } else text = text.replace(",", ".")
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null
}

// Lots are counted in whole units (kilograms, boxes…), as the backend keeps them.
function isWholeQuantity(value: number | null): boolean {
  return value !== null && Number.isSafeInteger(value) && value >= 1
}

function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
}

// Coordinates have no thousands: "105.214" and "105,214" are both a decimal.
function coordinate(raw: string, max: number): number | null | "invalid" {
  const text = raw.trim().replace(",", ".")
  if (text === "") return null
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null
  return value === null || Math.abs(value) > max ? "invalid" : value
}

/** The fields of the lot form that cannot be sent as they are; empty when the form may be submitted. */
export function validateLotForm(values: LotFormValues): LotFieldErrors {
  const errors: LotFieldErrors = {}
  const required = ["gtin", "lotCode", "producedOn", "quantity", "originName", "originCommune"] as const
  for (const field of required) if (values[field].trim() === "") errors[field] = "required"
  for (const field of ["variantId", "unit", "originProvince"] as const) if (values[field] === "") errors[field] = "choose"

  if (!errors.gtin) {
    const gtin = normalizeGtin(values.gtin)
    if ("problem" in gtin) errors.gtin = gtin.problem
  }
  if (!errors.lotCode) errors.lotCode = lotProblem(values.lotCode.trim()) ?? undefined
  if (!errors.producedOn && !isDay(values.producedOn)) errors.producedOn = "date"
  if (values.expiresOn !== "") {
    if (!isDay(values.expiresOn)) errors.expiresOn = "date"
    else if (!errors.producedOn && values.expiresOn <= values.producedOn) errors.expiresOn = "expires_before"
  }
  if (!errors.quantity && !isWholeQuantity(parseDecimal(values.quantity))) errors.quantity = "quantity"

  const latitude = coordinate(values.originLatitude, 90)
  const longitude = coordinate(values.originLongitude, 180)
  if (latitude === "invalid") errors.originLatitude = "latitude"
  if (longitude === "invalid") errors.originLongitude = "longitude"
  if ((latitude === null) !== (longitude === null) && latitude !== "invalid" && longitude !== "invalid") {
    errors[latitude === null ? "originLatitude" : "originLongitude"] = "coordinates_pair"
  }

  if (values.certKind === "other" && values.certName.trim() === "") errors.certName = "cert_name"
  if (values.certKind !== "" && values.certValidUntil !== "" && !isDay(values.certValidUntil)) errors.certValidUntil = "date"
  for (const key of Object.keys(errors) as (keyof LotFieldErrors)[]) if (errors[key] === undefined) delete errors[key]
  return errors
}

function optional(value: string): string | undefined {
  const trimmed = value.trim()
  return trimmed === "" ? undefined : trimmed
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>
}

/** The body of `POST /cooperative/lots` from a form that passed `validateLotForm`. */
export function toLotPayload(values: LotFormValues): Record<string, unknown> {
  const latitude = coordinate(values.originLatitude, 90)
  const longitude = coordinate(values.originLongitude, 180)
  const gtin = normalizeGtin(values.gtin)
  return withoutUndefined({
    variant_id: values.variantId,
    gtin: "gtin" in gtin ? gtin.gtin : values.gtin.trim(),
    lot_code: values.lotCode.trim(),
    produced_on: values.producedOn,
    expires_on: optional(values.expiresOn),
    quantity: parseDecimal(values.quantity),
    unit: values.unit,
    origin: withoutUndefined({
      name: values.originName.trim(),
      commune: values.originCommune.trim(),
      province: values.originProvince,
      latitude: typeof latitude === "number" ? latitude : undefined,
      longitude: typeof longitude === "number" ? longitude : undefined,
    }),
    certifications:
      values.certKind === ""
        ? []
        : [
            withoutUndefined({
              kind: values.certKind,
              name: optional(values.certName),
              issuer: optional(values.certIssuer),
              number: optional(values.certNumber),
              valid_until: optional(values.certValidUntil),
              document_url: optional(values.certDocumentUrl),
            }),
          ],
  })
}

/** A datetime-local value read as a time in Vietnam, as ISO 8601 with its offset; null when it is not one. */
export function vietnamTimeToIso(local: string): string | null {
  if (!LOCAL_TIME.test(local)) return null
  const iso = `${local}:00${VIETNAM_OFFSET}`
  return Number.isNaN(Date.parse(iso)) ? null : iso
}

/** The datetime-local value of a moment in Vietnam, e.g. for "now" as the form's default. */
export function toVietnamLocalTime(moment: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(moment)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00"
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`
}

/** The fields of the event form that cannot be sent; the backend checks the rest (dates against the lot, photos). */
export function validateEventForm(values: EventFormValues): EventFieldErrors {
  const errors: EventFieldErrors = {}
  if (vietnamTimeToIso(values.time) === null) errors.time = "time"
  if (values.correctsEventId !== "" && values.correctionReason.trim().length < 5) errors.correctionReason = "reason"
  return errors
}

/** The body of `POST /cooperative/lots/:id/events`. */
export function toEventPayload(values: EventFormValues): Record<string, unknown> {
  const correcting = values.correctsEventId !== ""
  return withoutUndefined({
    kind: values.kind,
    result: values.kind === "inspection" ? values.result : undefined,
    event_time: vietnamTimeToIso(values.time) ?? values.time,
    place_name: optional(values.place),
    note: optional(values.note),
    photos: values.photos.length > 0 ? values.photos : undefined,
    corrects_event_id: correcting ? values.correctsEventId : undefined,
    correction_reason: correcting ? values.correctionReason.trim() : undefined,
  })
}
