import { z } from "zod"
import type { AppLocale } from "../../../../i18n/routing"
import { formatDate } from "../../../util/date"
import type {
  OcopCertificateFormValues,
  OcopDocumentProblem,
  OcopFormProblem,
  OcopGroup,
  OcopProductSetGroup,
  SellerOcopCertificateRow,
} from "../ocop-views"
import { list, oneOf, optionalNumber, optionalString, parseResponse, textOrNull } from "./schema"

const STATUSES = ["submitted", "verified", "rejected", "revoked", "expired"] as const
const GROUPS: readonly OcopGroup[] = ["I", "II", "III", "IV", "V", "VI"]

/** Most products one certificate may name. */
export const MAX_OCOP_PRODUCTS = 20
/** How long a certificate is valid from its issue day (Decision 148/QĐ-TTg), the default expiry. */
export const OCOP_VALIDITY_MONTHS = 36
/** Longest issuing authority and decision number the backend keeps. */
export const MAX_AUTHORITY_LENGTH = 200
export const MAX_DECISION_LENGTH = 80
/** Largest PDF and photo the backend takes as a certificate scan. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024
/** File types the scan field offers: PDF or a photo. */
export const DOCUMENT_ACCEPT = "application/pdf,image/jpeg,image/png,image/webp"
/** The portal's own upload endpoint (a route handler: a scan is larger than a server action may carry). */
export const OCOP_DOCUMENT_ENDPOINT = "/seller/ocop/documents"

const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"]
const DAY = /^\d{4}-\d{2}-\d{2}$/

const productSetSchema = z.object({
  code: z.coerce.number().int(),
  group: z.union([z.string(), z.number()]).nullish(),
  name_vi: z.string(),
  name_en: optionalString,
})

/** One certificate of `GET /cooperative/ocop-certificates` (and `POST` → `certificate`). */
export const certificateSchema = z.object({
  id: z.string(),
  status: oneOf(STATUSES, "submitted"),
  stars: z.coerce.number().int(),
  potential_five_star: z.boolean().nullish(),
  product_set: productSetSchema.nullish(),
  issuing_authority: optionalString,
  decision_number: optionalString,
  issued_on: optionalString,
  expires_on: optionalString,
  document_url: optionalString,
  status_reason: optionalString,
  badge_active: z.boolean().nullish(),
  products: list(z.object({ id: z.string(), title: optionalString, handle: optionalString })),
  created_at: optionalString,
})

/** `GET /cooperative/ocop-certificates` → `{ certificates, count }`. */
export const certificateListSchema = z.object({ certificates: list(certificateSchema), count: optionalNumber })

/** `GET /cooperative/ocop/product-sets`. */
export const productSetListSchema = z.object({ product_sets: list(productSetSchema) })

/** `POST /cooperative/documents` → 201. */
export const documentSchema = z.object({ url: z.string().min(1), mime_type: optionalString, size: optionalNumber })

type ProductSet = z.infer<typeof productSetSchema>

const ROMAN: Record<string, OcopGroup> = { "1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI" }

/** The group as I–VI, whether the backend writes "I", "i", "Nhóm I" or 1; null for anything else. */
export function toOcopGroup(value: unknown): OcopGroup | null {
  const text = String(value ?? "")
    .trim()
    .replace(/^(nhóm|group)\s+/i, "")
    .toUpperCase()
  return ROMAN[text] ?? GROUPS.find((g) => g === text) ?? null
}

function setName(set: ProductSet, locale: AppLocale): string {
  return (locale === "en" && textOrNull(set.name_en)) || set.name_vi
}

function dayLabel(value: string | null | undefined, locale: AppLocale): string {
  return value && DAY.test(value.slice(0, 10)) ? formatDate(value.slice(0, 10), locale, { dateStyle: "medium" }) : "—"
}

/** Maps the cooperative's certificates, newest first as the backend sends them. */
export function toOcopCertificateRows(data: unknown, locale: AppLocale): { rows: SellerOcopCertificateRow[]; count: number } {
  const raw = parseResponse(certificateListSchema, data, "GET /cooperative/ocop-certificates")
  const rows = raw.certificates.map((c) => ({
    id: c.id,
    status: c.status,
    stars: c.stars,
    potentialFiveStar: c.stars === 4 && c.potential_five_star === true,
    productSet: c.product_set ? `${c.product_set.code} · ${setName(c.product_set, locale)}` : "—",
    issuingAuthority: c.issuing_authority ?? "",
    decisionNumber: c.decision_number ?? "",
    issuedLabel: dayLabel(c.issued_on, locale),
    expiresLabel: dayLabel(c.expires_on, locale),
    submittedLabel: c.created_at && !Number.isNaN(Date.parse(c.created_at)) ? formatDate(c.created_at, locale, { dateStyle: "medium" }) : null,
    statusReason: textOrNull(c.status_reason),
    badgeActive: c.badge_active === true,
    documentUrl: textOrNull(c.document_url),
    products: c.products.map((p) => ({ id: p.id, title: textOrNull(p.title) ?? p.handle ?? p.id })),
  }))
  return { rows, count: raw.count ?? rows.length }
}

/**
 * The 26 product sets under their groups, in code order, named in the portal's language. `groupName` gives a
 * group's label (from the messages); a group the portal does not know keeps the backend's text.
 */
export function toOcopProductSetGroups(
  data: unknown,
  locale: AppLocale,
  groupName: (group: OcopGroup) => string
): OcopProductSetGroup[] {
  const { product_sets } = parseResponse(productSetListSchema, data, "GET /cooperative/ocop/product-sets")
  const groups = new Map<string, OcopProductSetGroup>()
  for (const set of [...product_sets].sort((a, b) => a.code - b.code)) {
    const group = toOcopGroup(set.group)
    const key = group ?? String(set.group ?? "")
    const entry = groups.get(key) ?? { group, groupLabel: group ? groupName(group) : key, sets: [] }
    entry.sets.push({ code: set.code, name: `${set.code}. ${setName(set, locale)}` })
    groups.set(key, entry)
  }
  return [...groups.values()]
}

/** The form's values for a new certificate. */
export function emptyOcopCertificateValues(): OcopCertificateFormValues {
  return {
    productIds: [],
    stars: "",
    potentialFiveStar: false,
    productSet: "",
    issuingAuthority: "",
    decisionNumber: "",
    issuedOn: "",
    expiresOn: "",
    documentUrl: "",
  }
}

const vietnamDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" })

/** Today in Việt Nam, `YYYY-MM-DD`: certificate days are Vietnamese days wherever the browser is. */
export function vietnamToday(now: Date = new Date()): string {
  return vietnamDayFormat.format(now)
}

/** The same day `months` later; a day the later month lacks (31st, 29 February) becomes its last day, as the backend counts. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date, lastDay))
  return target.toISOString().slice(0, 10)
}

/**
 * What the form still lacks or gets wrong, in the order the fields appear; null when it can be sent. `today` is
 * Vietnam's day: a certificate cannot be issued in the future nor be expired already.
 */
export function ocopFormProblem(values: OcopCertificateFormValues, today: string = vietnamToday()): OcopFormProblem | null {
  if (values.productIds.length === 0) return "products"
  if (values.productIds.length > MAX_OCOP_PRODUCTS) return "tooManyProducts"
  if (values.stars === "") return "stars"
  if (!/^\d+$/.test(values.productSet)) return "productSet"
  if (values.issuingAuthority.trim() === "") return "authority"
  if (values.decisionNumber.trim() === "") return "decision"
  if (!DAY.test(values.issuedOn)) return "issuedOn"
  // Same-format days compare correctly as text.
  if (values.issuedOn > today) return "issuedOnFuture"
  if (values.expiresOn !== "" && (!DAY.test(values.expiresOn) || values.expiresOn <= values.issuedOn)) return "expiresOn"
  const latest = addMonths(values.issuedOn, OCOP_VALIDITY_MONTHS)
  if (values.expiresOn > latest) return "expiresTooLate"
  if ((values.expiresOn || latest) <= today) return "expired"
  if (values.documentUrl === "") return "document"
  return null
}

/** The body of `POST /cooperative/ocop-certificates`; no expiry lets the backend apply its 36 months. */
export function toOcopCertificatePayload(values: OcopCertificateFormValues): Record<string, unknown> {
  const stars = Number(values.stars)
  return {
    product_ids: [...new Set(values.productIds)],
    stars,
    // "Potential 5★" exists only beside 4★, so it is not sent at all otherwise.
    ...(stars === 4 ? { potential_five_star: values.potentialFiveStar } : {}),
    product_set: Number(values.productSet),
    issuing_authority: values.issuingAuthority.trim(),
    decision_number: values.decisionNumber.trim(),
    issued_on: values.issuedOn,
    ...(values.expiresOn ? { expires_on: values.expiresOn } : {}),
    document_url: values.documentUrl,
  }
}

function isPdf(file: { type: string; name: string }): boolean {
  return file.type === "application/pdf" || (file.type === "" && /\.pdf$/i.test(file.name))
}

/** Whether a chosen file can be a certificate scan: a PDF up to 10 MB or a photo up to 15 MB. */
export function documentProblem(file: { type: string; size: number; name: string }): OcopDocumentProblem | null {
  if (isPdf(file)) return file.size > MAX_PDF_BYTES ? "documentTooLarge" : null
  if (PHOTO_TYPES.includes(file.type)) return file.size > MAX_PHOTO_BYTES ? "documentTooLarge" : null
  return "documentType"
}
