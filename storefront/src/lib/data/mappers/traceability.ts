import { z } from "zod"
import type { AppLocale } from "../../../i18n/routing"
import { lotPath, tradeItemPath } from "../../traceability/digital-link"
import { formatDate } from "../../util/date"
import { toIntlLocale } from "../../util/intl-locale"
import { list, optionalNumber, optionalString, textOrNull } from "../seller/mappers/schema"
import {
  CERTIFICATION_KINDS,
  type CertificationKind,
  TRACE_EVENT_KINDS,
  type TraceCertificationView,
  type TraceCooperativeView,
  type TraceEventKind,
  type TraceEventView,
  type TraceLotView,
  type TraceOriginView,
  type TradeItemView,
} from "../traceability-views"
import { formatAddress, telHref } from "./cooperative"

// The lot JSON is the same in the seller and the store API (the contract's "Lot JSON"); list items may leave
// out events but carry `event_count`.
const eventSchema = z.object({
  id: z.string(),
  event_id: optionalString,
  kind: z.string(),
  result: optionalString,
  disposition: optionalString,
  event_time: z.string(),
  place_name: optionalString,
  latitude: optionalNumber,
  longitude: optionalNumber,
  note: optionalString,
  photos: list(z.string()),
  corrects_event_id: optionalString,
  correction_reason: optionalString,
  declared_erroneous: z.boolean().nullish(),
})

const productSchema = z.object({ id: z.string(), title: z.string(), handle: optionalString, thumbnail: optionalString })

const cooperativeSchema = z.object({
  id: z.string(),
  name: z.string(),
  short_name: optionalString,
  handle: optionalString,
  street: optionalString,
  commune: optionalString,
  province: optionalString,
  phone: optionalString,
  registration_number: optionalString,
})

/** One lot as `GET /cooperative/lots[/:id]` and `GET /store/traceability/01/:gtin/10/:lot` send it. */
export const lotSchema = z.object({
  id: z.string(),
  gtin: z.string(),
  lot_code: z.string(),
  produced_on: z.string(),
  expires_on: optionalString,
  quantity: optionalNumber,
  unit: optionalString,
  origin: z
    .object({ name: optionalString, commune: optionalString, province: optionalString, latitude: optionalNumber, longitude: optionalNumber })
    .nullish(),
  certifications: list(
    z.object({
      id: optionalString,
      kind: z.string(),
      name: optionalString,
      issuer: optionalString,
      number: optionalString,
      valid_until: optionalString,
      document_url: optionalString,
    })
  ),
  product: productSchema,
  variant: z.object({ id: optionalString, title: optionalString, sku: optionalString }).nullish(),
  cooperative: cooperativeSchema.nullish(),
  events: list(eventSchema),
  event_count: optionalNumber,
  verification: z.object({ verified: z.boolean(), event_count: optionalNumber }).nullish(),
  digital_link: optionalString,
})

/** A lot as parsed from the API, before it becomes a view. */
export type ApiLot = z.infer<typeof lotSchema>

/** `GET /store/traceability/01/:gtin` → `{ trade_item, lots }`. */
export const tradeItemSchema = z.object({
  trade_item: z.object({
    gtin: z.string(),
    product: productSchema,
    variant: z.object({ title: optionalString }).nullish(),
    cooperative: cooperativeSchema.nullish(),
  }),
  lots: list(z.object({ lot_code: z.string(), produced_on: z.string(), expires_on: optionalString })),
})

/** Parses a traceability response; a mismatch is a broken contract, reported with the route's name. */
export function parseTraceResponse<T extends z.ZodType>(schema: T, data: unknown, route: string): z.infer<T> {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new Error(`${route} answered with an unexpected shape at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}.`)
}

/** A day (`YYYY-MM-DD`, a day in Vietnam) written for the locale; null when absent or not a day. */
export function dayLabel(day: string | null | undefined, locale: AppLocale): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null
  return formatDate(`${day}T12:00:00+07:00`, locale, { dateStyle: "long" })
}

/** A moment written with its time in Vietnam, e.g. "20 thg 11, 2025, 08:30". */
export function momentLabel(iso: string, locale: AppLocale): string {
  return Number.isNaN(Date.parse(iso)) ? iso : formatDate(iso, locale, { dateStyle: "medium", timeStyle: "short" })
}

/** An OpenStreetMap link with a marker, or null without both coordinates. */
export function mapHref(latitude: number | null | undefined, longitude: number | null | undefined): string | null {
  if (latitude == null || longitude == null) return null
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}`
}

function eventKind(kind: string | null | undefined): TraceEventKind | "unknown" {
  return TRACE_EVENT_KINDS.find((k) => k === kind) ?? "unknown"
}

function certificationKind(kind: string): CertificationKind {
  return CERTIFICATION_KINDS.find((k) => k === kind) ?? "other"
}

function quantityLabel(quantity: number | null | undefined, locale: AppLocale): string | null {
  return quantity == null ? null : new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 3 }).format(quantity)
}

function inspectionResult(event: z.infer<typeof eventSchema>): TraceEventView["result"] {
  if (event.kind !== "inspection") return null
  if (event.result === "pass" || event.result === "fail") return event.result
  return event.disposition?.endsWith("non_conformant") ? "fail" : "pass"
}

/** The history, oldest first; a correction names the step it corrects (by id or EPCIS event id). */
export function toTraceEvents(events: z.infer<typeof eventSchema>[], locale: AppLocale): TraceEventView[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.event_time) - Date.parse(b.event_time))
  const byId = new Map(events.flatMap((e) => [[e.id, e] as const, ...(e.event_id ? [[e.event_id, e] as const] : [])]))
  return sorted.map((event) => {
    const corrected = event.corrects_event_id ? byId.get(event.corrects_event_id) : undefined
    return {
      id: event.id,
      kind: eventKind(event.kind),
      result: inspectionResult(event),
      time: event.event_time,
      timeLabel: momentLabel(event.event_time, locale),
      placeName: textOrNull(event.place_name),
      mapHref: mapHref(event.latitude, event.longitude),
      note: textOrNull(event.note),
      photos: event.photos,
      declaredErroneous: event.declared_erroneous === true,
      correction: event.corrects_event_id
        ? {
            eventId: corrected?.id ?? event.corrects_event_id,
            kind: corrected ? eventKind(corrected.kind) : null,
            timeLabel: corrected ? momentLabel(corrected.event_time, locale) : null,
            reason: textOrNull(event.correction_reason),
          }
        : null,
    }
  })
}

function toCooperative(raw: z.infer<typeof cooperativeSchema> | null | undefined): TraceCooperativeView | null {
  if (!raw) return null
  const phone = textOrNull(raw.phone)
  return {
    id: raw.id,
    name: raw.name,
    shortName: textOrNull(raw.short_name),
    handle: textOrNull(raw.handle),
    address: formatAddress(raw.street, raw.commune, raw.province),
    phone,
    phoneHref: telHref(phone),
    registrationNumber: textOrNull(raw.registration_number),
  }
}

function toProduct(raw: z.infer<typeof productSchema>) {
  return { id: raw.id, title: raw.title, handle: textOrNull(raw.handle), thumbnail: textOrNull(raw.thumbnail) }
}

function toOrigin(raw: ApiLot["origin"]): TraceOriginView {
  return {
    name: textOrNull(raw?.name),
    commune: textOrNull(raw?.commune),
    province: textOrNull(raw?.province),
    mapHref: mapHref(raw?.latitude, raw?.longitude),
  }
}

function toCertifications(raw: ApiLot["certifications"], locale: AppLocale): TraceCertificationView[] {
  return raw.map((c, index) => ({
    id: c.id ?? `certification-${index}`,
    kind: certificationKind(c.kind),
    name: textOrNull(c.name),
    issuer: textOrNull(c.issuer),
    number: textOrNull(c.number),
    validUntilLabel: dayLabel(c.valid_until, locale),
    documentUrl: textOrNull(c.document_url),
  }))
}

/** Maps an already parsed lot; the seller's pages use it too. */
export function fromApiLot(lot: ApiLot, locale: AppLocale): TraceLotView {
  const events = toTraceEvents(lot.events, locale)
  return {
    id: lot.id,
    gtin: lot.gtin,
    lotCode: lot.lot_code,
    path: lotPath(lot.gtin, lot.lot_code),
    digitalLink: textOrNull(lot.digital_link),
    product: toProduct(lot.product),
    variantTitle: textOrNull(lot.variant?.title),
    cooperative: toCooperative(lot.cooperative),
    origin: toOrigin(lot.origin),
    producedOn: lot.produced_on,
    producedLabel: dayLabel(lot.produced_on, locale) ?? lot.produced_on,
    expiresLabel: dayLabel(lot.expires_on, locale),
    quantityLabel: quantityLabel(lot.quantity, locale),
    unit: textOrNull(lot.unit),
    certifications: toCertifications(lot.certifications, locale),
    events,
    verified: lot.verification?.verified === true,
    eventCount: lot.verification?.event_count ?? lot.event_count ?? events.length,
  }
}

/** `GET /store/traceability/01/:gtin/10/:lot` → `{ lot }`: the public lot page. */
export function toTraceLotView(data: unknown, locale: AppLocale): TraceLotView {
  const { lot } = parseTraceResponse(z.object({ lot: lotSchema }), data, "GET /store/traceability/01/:gtin/10/:lot")
  return fromApiLot(lot, locale)
}

/** `GET /store/traceability/01/:gtin` → the trade item page, newest lot first. */
export function toTradeItemView(data: unknown, locale: AppLocale): TradeItemView {
  const { trade_item: item, lots } = parseTraceResponse(tradeItemSchema, data, "GET /store/traceability/01/:gtin")
  return {
    gtin: item.gtin,
    path: tradeItemPath(item.gtin),
    product: toProduct(item.product),
    variantTitle: textOrNull(item.variant?.title),
    cooperative: toCooperative(item.cooperative),
    lots: [...lots]
      .sort((a, b) => b.produced_on.localeCompare(a.produced_on))
      .map((l) => ({
        lotCode: l.lot_code,
        path: lotPath(item.gtin, l.lot_code),
        producedLabel: dayLabel(l.produced_on, locale) ?? l.produced_on,
        expiresLabel: dayLabel(l.expires_on, locale),
      })),
  }
}
