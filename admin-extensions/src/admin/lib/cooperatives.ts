import { sdk } from "./sdk"

export const COOPERATIVE_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]
export type CooperativeKind = "cooperative" | "cooperative_group" | "cooperative_union"
export type CooperativeAction = "approve" | "reject" | "suspend"
export type ActorType = "user" | "cooperative" | "system"

export type Cooperative = {
  id: string
  handle: string
  name: string
  short_name: string
  kind: CooperativeKind
  registration_number: string
  founded_on: string | null
  legal_representative: string
  phone: string
  email: string
  street: string
  commune: string
  province: string
  member_count: number
  sectors: string[]
  description_vi: string
  description_en: string
  status: CooperativeStatus
  status_reason: string | null
  logo_url: string | null
  banner_url: string | null
  bank_bin: string | null
  bank_account_number: string | null
  bank_account_holder: string | null
  created_at: string
}

export type CooperativeMember = { id: string; email: string; full_name: string; role: string }

export type CooperativeStatusChange = {
  id: string
  from_status: CooperativeStatus | null
  to_status: CooperativeStatus
  reason: string | null
  actor_type: ActorType
  actor_id: string | null
  created_at: string
}

export type CooperativeDetail = Cooperative & {
  members: CooperativeMember[]
  status_changes: CooperativeStatusChange[]
}

/** "all" is the list's own value for "no status filter"; the API simply gets no `status`. */
export type StatusFilter = CooperativeStatus | "all"

export type CooperativeListQuery = { status: StatusFilter; commune: string; q: string; offset: number }
export type CooperativeList = { cooperatives: Cooperative[]; count: number; limit: number; offset: number }

export const PAGE_SIZE = 20
/** Same floor as the backend's status rules, so the operator hears about a short reason before sending it. */
export const MIN_REASON_LENGTH = 5

/** Which actions an operator may take on a cooperative in a given status (mirrors the backend's transitions). */
export const ACTIONS_BY_STATUS: Record<CooperativeStatus, CooperativeAction[]> = {
  pending: ["approve", "reject"],
  approved: ["suspend"],
  rejected: [],
  suspended: ["approve"],
}

export const actionNeedsReason = (action: CooperativeAction) => action !== "approve"

export const STATUS_COLORS: Record<CooperativeStatus, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  suspended: "grey",
}

/** One page of cooperatives for the operator's list, newest first. */
export async function listCooperatives(query: CooperativeListQuery): Promise<CooperativeList> {
  const params: Record<string, string | number> = { limit: PAGE_SIZE, offset: query.offset }
  if (query.status !== "all") params.status = query.status
  if (query.commune.trim()) params.commune = query.commune.trim()
  if (query.q.trim()) params.q = query.q.trim()
  return sdk.client.fetch<CooperativeList>("/admin/cooperatives", { query: params })
}

/** A cooperative with its members and status history (newest change first). */
export async function getCooperative(id: string): Promise<CooperativeDetail> {
  const res = await sdk.client.fetch<{ cooperative: CooperativeDetail }>(`/admin/cooperatives/${encodeURIComponent(id)}`)
  return res.cooperative
}

/** Approves, rejects or suspends a cooperative; a refused transition rejects with the backend's message. */
export async function changeCooperativeStatus(id: string, action: CooperativeAction, reason?: string): Promise<Cooperative> {
  const body = actionNeedsReason(action) ? { action, reason: reason?.trim() } : { action }
  const res = await sdk.client.fetch<{ cooperative: Cooperative }>(`/admin/cooperatives/${encodeURIComponent(id)}/status`, {
    method: "POST",
    body,
  })
  return res.cooperative
}

/** Display names of admin users (the operators who changed a status); unknown ids are simply left out. */
export async function getUserNames(ids: string[]): Promise<Record<string, string>> {
  if (!ids.length) return {}
  const res = await sdk.client.fetch<{ users: { id: string; email: string; first_name: string | null; last_name: string | null }[] }>(
    "/admin/users",
    { query: { id: ids, fields: "id,email,first_name,last_name", limit: ids.length } }
  )
  return Object.fromEntries(
    res.users.map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email])
  )
}

/** The message a person can act on: the backend's `message` when it sent one. */
export const errorMessage = (error: unknown, fallback: string) =>
  error instanceof Error && error.message ? error.message : fallback

const intlLocale = (language: string | undefined) => (language?.startsWith("en") ? "en-GB" : "vi-VN")

/** A calendar date in the admin's language, or "—" when there is none. */
export function formatDate(value: string | null | undefined, language: string | undefined) {
  if (!value) return "—"
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium" }).format(new Date(value))
}

/** A whole number with the admin language's digit grouping. */
export const formatNumber = (value: number, language: string | undefined) => value.toLocaleString(intlLocale(language))

/** A date and time in the admin's language, for the status history. */
export function formatDateTime(value: string, language: string | undefined) {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeStyle: "short" }).format(new Date(value))
}
