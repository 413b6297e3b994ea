import { z } from "@medusajs/framework/zod"
import { parseGtin } from "../../../lib/gs1/gtin"
import { lotCodeProblem } from "../../../lib/gs1/lot-code"
import { LABEL_COUNT } from "../../../lib/labels/label-sheet"
import { isCalendarDay } from "../../../lib/traceability/vietnam-time"
import { isStorableText, notStorable, wholeNumber } from "../../../lib/zod-fields"
import { isProvince, PROVINCES } from "../../../modules/cooperative/rules"
import { CERTIFICATION_KINDS, EVENT_KINDS, UNIT_CODES } from "../../../modules/traceability/vocabulary"
import { withOfficialCommune } from "../cooperative-fields"

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .refine((v) => v.length >= 1 && v.length <= max, { error: `${label} must be 1 to ${max} characters.` })
    .refine(isStorableText, notStorable(label))

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v.length <= max, { error: `${label} must be at most ${max} characters.` })
    .refine(isStorableText, notStorable(label))
    .transform((v) => v || null)
    .nullable()
    .optional()

const day = (label: string) => z.string({ error: `${label} is required.` }).refine(isCalendarDay, { error: `${label} must be a date such as 2025-06-14.` })

const coordinate = (label: string, limit: number) =>
  z
    .number({ error: `${label} must be a number of degrees.` })
    .refine((n) => n >= -limit && n <= limit, { error: `${label} must be between -${limit} and ${limit} degrees.` })
    .nullable()
    .optional()

// Query values arrive as text: read them as whole numbers here, so a word or a fraction gets the same sentence as a number out of range.
const wholeNumberParam = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} must be a whole number from ${min} to ${max}.` })
    .refine((v) => /^\d{1,9}$/.test(v) && Number(v) >= min && Number(v) <= max, { error: `${label} must be a whole number from ${min} to ${max}.` })
    .transform(Number)

const bothOrNeither = (value: { latitude?: number | null; longitude?: number | null }) => (value.latitude == null) === (value.longitude == null)
const COORDINATES_TOGETHER = { error: "Give both latitude and longitude, or neither." }

const gtin = z.string({ error: "gtin is required: the 8, 12, 13 or 14 digits under the barcode." }).transform((value, ctx) => {
  const parsed = parseGtin(value)
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.reason })
    return z.NEVER
  }
  return parsed.gtin14
})

const lotCode = z
  .string({ error: "lot_code is required." })
  .trim()
  .superRefine((value, ctx) => {
    const problem = lotCodeProblem(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })

const url = (label: string) => z.url({ protocol: /^https?$/, error: `${label} must be the URL of an uploaded file.` }).max(1000)

const certification = z
  .object({
    kind: z.enum(CERTIFICATION_KINDS, { error: `Certification kind must be one of ${CERTIFICATION_KINDS.join(", ")}.` }),
    name: optionalText("Certification name", 200),
    issuer: optionalText("Certification issuer", 200),
    number: optionalText("Certificate number", 100),
    valid_until: day("valid_until").nullable().optional(),
    document_url: url("document_url").nullable().optional(),
  })
  .strict()
  .refine((c) => c.kind !== "other" || !!c.name, { error: "A certification of kind other needs its name." })

/** Body of POST /cooperative/lots. */
export const CooperativeCreateLot = z
  .object({
    variant_id: z.string({ error: "variant_id is required: the product variant this lot is of." }).startsWith("variant_", { error: "variant_id must be a product variant id." }),
    gtin,
    lot_code: lotCode,
    produced_on: day("produced_on"),
    expires_on: day("expires_on").nullable().optional(),
    quantity: wholeNumber("Quantity", { min: 1, max: 1_000_000_000, tooSmall: "Quantity must be at least 1." }),
    unit: z.enum(UNIT_CODES, { error: `Unit must be one of ${UNIT_CODES.join(", ")}.` }),
    origin: z
      .object({
        name: text("Origin name", 200),
        commune: text("Commune or ward", 120),
        province: z
          .string({ error: "Province is required." })
          .refine(isProvince, { error: `Province must be one of the 34 of 2025: ${PROVINCES.join(", ")}.` })
          .transform((value) => value.normalize("NFC").trim()),
        latitude: coordinate("Latitude", 90),
        longitude: coordinate("Longitude", 180),
      })
      .strict()
      .refine(bothOrNeither, COORDINATES_TOGETHER)
      // The commune in its official spelling, one of the province's since 1 July 2025, as for a cooperative's address.
      .transform(withOfficialCommune),
    certifications: z
      .array(certification)
      .refine((list) => list.length <= 10, { error: "At most 10 certifications." })
      .default([]),
  })
  .strict()
  .refine((lot) => !lot.expires_on || lot.expires_on > lot.produced_on, { error: "The expiry date must be after the production date." })
export type CooperativeCreateLotType = z.infer<typeof CooperativeCreateLot>

/** Most photos one event may carry. */
export const MAX_EVENT_PHOTOS = 6

/** Body of POST /cooperative/lots/:id/events. */
export const CooperativeRecordTraceEvent = z
  .object({
    kind: z.enum(EVENT_KINDS, { error: `kind must be one of ${EVENT_KINDS.join(", ")}.` }),
    result: z.enum(["pass", "fail"], { error: "result must be pass or fail." }).optional(),
    event_time: z.iso.datetime({ offset: true, error: "event_time must be a date and time such as 2025-06-14T08:30:00+07:00." }),
    place_name: optionalText("Place name", 200),
    latitude: coordinate("Latitude", 90),
    longitude: coordinate("Longitude", 180),
    note: optionalText("Note", 2000),
    photos: z
      .array(url("Each photo"))
      .refine((list) => list.length <= MAX_EVENT_PHOTOS, { error: `At most ${MAX_EVENT_PHOTOS} photos per event.` })
      .default([]),
    corrects_event_id: z.string().trim().min(1).nullable().optional(),
    correction_reason: optionalText("Correction reason", 1000),
  })
  .strict()
  .refine(bothOrNeither, COORDINATES_TOGETHER)
  .refine((e) => e.result === undefined || e.kind === "inspection", { error: "result is only for an inspection." })
  .refine((e) => !e.corrects_event_id || (e.correction_reason?.length ?? 0) >= 5, { error: "Say why the event is corrected (correction_reason, at least 5 characters)." })
  .refine((e) => !!e.corrects_event_id || !e.correction_reason, { error: "correction_reason goes with corrects_event_id: name the event being corrected." })
export type CooperativeRecordTraceEventType = z.infer<typeof CooperativeRecordTraceEvent>

/** Query of GET /cooperative/lots. */
export const CooperativeListLots = z
  .object({
    product_id: z.string().trim().min(1).optional(),
    q: z.string().trim().max(100, { error: "q is at most 100 characters." }).optional(),
    limit: wholeNumberParam("limit", 1, 100).default(20),
    offset: wholeNumberParam("offset", 0, 1_000_000).default(0),
  })
  .strict()
export type CooperativeListLotsType = z.infer<typeof CooperativeListLots>

/** Query of GET /cooperative/lots/:id: takes no parameters. */
export const CooperativeGetLot = z.object({}).strict()
export type CooperativeGetLotType = z.infer<typeof CooperativeGetLot>

/** Query of GET /cooperative/lots/:id/qr. */
export const CooperativeGetLotQr = z
  .object({ format: z.enum(["png", "svg"], { error: "format must be png or svg." }).default("png") })
  .strict()
export type CooperativeGetLotQrType = z.infer<typeof CooperativeGetLotQr>

/** Query of GET /cooperative/lots/:id/labels. */
export const CooperativeGetLotLabels = z
  .object({
    count: wholeNumberParam("count", LABEL_COUNT.min, LABEL_COUNT.max).default(24),
  })
  .strict()
export type CooperativeGetLotLabelsType = z.infer<typeof CooperativeGetLotLabels>
