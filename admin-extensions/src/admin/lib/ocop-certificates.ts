import { sdk } from "./sdk"

export const OCOP_STATUSES = ["submitted", "verified", "rejected", "revoked", "expired"] as const
export type OcopStatus = (typeof OCOP_STATUSES)[number]
export type OcopAction = "verify" | "reject" | "revoke"
export type OcopActorType = "user" | "seller" | "system"

export type OcopProductSet = { code: number; group: string; name_vi: string; name_en: string }

export type OcopHistoryEntry = {
  from_status: OcopStatus | null
  to_status: OcopStatus
  reason: string | null
  actor_type: OcopActorType
  created_at: string
}

export type OcopCertificate = {
  id: string
  status: OcopStatus
  stars: 3 | 4 | 5
  potential_five_star: boolean
  product_set: OcopProductSet
  issuing_authority: string
  decision_number: string
  issued_on: string
  expires_on: string
  document_url: string
  status_reason: string | null
  reviewed_at: string | null
  badge_active: boolean
  products: { id: string; title: string; handle: string; thumbnail: string | null }[]
  cooperative: { id: string; name: string; handle: string } | null
  history?: OcopHistoryEntry[]
  created_at: string
}

/** "all" is the queue's own value for "no status filter"; the API simply gets no `status`. */
export type OcopStatusFilter = OcopStatus | "all"
export type OcopListQuery = { status: OcopStatusFilter; q: string; offset: number }
export type OcopList = { certificates: OcopCertificate[]; count: number; limit: number; offset: number }

/** The queue's tabs: certificates waiting for a check first. */
export const OCOP_STATUS_FILTERS: OcopStatusFilter[] = ["submitted", "verified", "rejected", "revoked", "expired", "all"]

export const OCOP_PAGE_SIZE = 20
/** Same floor as the backend's rule, so the operator hears about a short reason before sending it. */
export const MIN_OCOP_REASON_LENGTH = 5

/** Which actions an operator may take on a certificate in a given status (mirrors the backend's transitions). */
export const OCOP_ACTIONS_BY_STATUS: Record<OcopStatus, OcopAction[]> = {
  submitted: ["verify", "reject"],
  verified: ["revoke"],
  rejected: [],
  revoked: [],
  expired: [],
}

export const ocopActionNeedsReason = (action: OcopAction) => action !== "verify"

export const OCOP_STATUS_COLORS: Record<OcopStatus, "orange" | "green" | "red" | "grey"> = {
  submitted: "orange",
  verified: "green",
  rejected: "red",
  revoked: "red",
  expired: "grey",
}

/** One page of certificates for the operators' queue. */
export async function listOcopCertificates(query: OcopListQuery): Promise<OcopList> {
  const params: Record<string, string | number> = { limit: OCOP_PAGE_SIZE, offset: query.offset }
  if (query.status !== "all") params.status = query.status
  if (query.q.trim()) params.q = query.q.trim()
  return sdk.client.fetch<OcopList>("/admin/ocop-certificates", { query: params })
}

/** A certificate with its products, cooperative and history. */
export async function getOcopCertificate(id: string): Promise<OcopCertificate> {
  const res = await sdk.client.fetch<{ certificate: OcopCertificate }>(`/admin/ocop-certificates/${encodeURIComponent(id)}`)
  return res.certificate
}

/** Verifies, rejects or revokes a certificate; a refused transition rejects with the backend's message. */
export async function changeOcopCertificate(id: string, action: OcopAction, reason?: string): Promise<OcopCertificate> {
  const res = await sdk.client.fetch<{ certificate: OcopCertificate }>(
    `/admin/ocop-certificates/${encodeURIComponent(id)}/${action}`,
    { method: "POST", body: ocopActionNeedsReason(action) ? { reason: reason?.trim() } : {} }
  )
  return res.certificate
}

const intlLocale = (language: string | undefined) => (language?.startsWith("en") ? "en-GB" : "vi-VN")

/** A `YYYY-MM-DD` day as written, whatever the operator's time zone (read as UTC, so it never shifts a day). */
export function formatDay(value: string | null | undefined, language: string | undefined) {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return "—"
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value.slice(0, 10)))
}

/** The product set's name in the admin's language, with its number. */
export function productSetLabel(set: OcopProductSet | null | undefined, language: string | undefined) {
  if (!set) return "—"
  const name = language?.startsWith("en") ? set.name_en || set.name_vi : set.name_vi
  return `${set.code}. ${name}`
}

/** The stars as marks, e.g. "★★★★". */
export const starMarks = (stars: number) => "★".repeat(Math.max(0, Math.min(5, stars)))
