import { sdk } from "./sdk"

export const FAIR_KINDS = ["online", "venue", "both"] as const
export type FairKind = (typeof FAIR_KINDS)[number]
export type FairStatus = "draft" | "open" | "published" | "archived"
export type FairPhase = "draft" | "open" | "upcoming" | "live" | "ended" | "archived"
export const FAIR_ACTIONS = ["back_to_draft", "archive", "open_applications", "publish"] as const
export type FairAction = (typeof FAIR_ACTIONS)[number]
export type BoothStatus = "invited" | "applied" | "approved" | "rejected"

export type Fair = {
  id: string
  slug: string
  name_vi: string
  name_en: string
  description_vi: string
  description_en: string
  kind: FairKind
  venue_name: string | null
  venue_address: string | null
  starts_at: string
  ends_at: string
  application_deadline: string | null
  banner_url: string | null
  organiser: string
  status: FairStatus
  phase: FairPhase
}

/** What the create and edit forms send: instants written with their offset, empty optional fields as null. */
export type FairDetails = Omit<Fair, "id" | "status" | "phase">

export type FairList = { fairs: Fair[]; count: number; limit: number; offset: number }

export type Booth = {
  id: string
  code: string | null
  status: BoothStatus
  reject_reason: string | null
  cooperative: { id: string; handle: string; name: string; status: string } | null
  /** What the cooperative applied with, in đồng. */
  products: { id: string; variant_id: string; title: string; variant_title: string | null; fair_price: number; regular_price: number | null }[]
}

export type ReportRow = { visits: number; orders: number; revenue: number; leads: number }
export type FairReport = {
  total: ReportRow
  by_booth: (ReportRow & { code: string | null; cooperative: string | null })[]
  by_day: (ReportRow & { day: string })[]
}

export type TradeLead = {
  id: string
  created_at: string
  status: "new" | "answered"
  booth_code: string | null
  product_title: string | null
  quantity: string
  target_market: string
  company: string
  contact_name: string
  email: string
  phone: string | null
  message: string
  cooperative: { id: string; handle: string; name: string } | null
}

export type InvitableCooperative = { id: string; handle: string; name: string; commune: string }

export const FAIRS_PAGE_SIZE = 20
/** Same floor as the backend's rule for a booth's rejection reason. */
export const MIN_BOOTH_REASON_LENGTH = 5

export const FAIR_STATUS_COLORS: Record<FairStatus, "grey" | "orange" | "green" | "red"> = {
  draft: "grey",
  open: "orange",
  published: "green",
  archived: "red",
}

export const FAIR_PHASE_COLORS: Record<FairPhase, "grey" | "orange" | "blue" | "green" | "purple" | "red"> = {
  draft: "grey",
  open: "orange",
  upcoming: "blue",
  live: "green",
  ended: "purple",
  archived: "red",
}

export const BOOTH_STATUS_COLORS: Record<BoothStatus, "blue" | "orange" | "green" | "red"> = {
  invited: "blue",
  applied: "orange",
  approved: "green",
  rejected: "red",
}

const FROM: Record<FairAction, FairStatus[]> = {
  open_applications: ["draft"],
  publish: ["draft", "open"],
  archive: ["draft", "open", "published"],
  back_to_draft: ["open", "published"],
}

/** The status actions the backend would accept for the fair as it stands now (mirrors its rules/fair-phase). */
export function allowedFairActions(fair: Pick<Fair, "status" | "phase">): FairAction[] {
  return FAIR_ACTIONS.filter((action) => {
    if (!FROM[action].includes(fair.status)) return false
    if (action === "archive") return fair.phase !== "live"
    if (action === "back_to_draft") return fair.phase !== "live" && fair.phase !== "ended"
    return fair.phase !== "ended"
  })
}

/** Booths an operator still has to decide on. */
export const boothAwaitsDecision = (booth: Booth) => booth.status === "invited" || booth.status === "applied"

/** Posters are printed for approved booths with a code at fairs held at a venue. */
export const boothHasPoster = (fair: Pick<Fair, "kind">, booth: Booth) => fair.kind !== "online" && booth.status === "approved" && !!booth.code

const fairPath = (id: string) => `/admin/fairs/${encodeURIComponent(id)}`

/** The address of a booth's printable poster (the admin's session cookie authorises the download). */
export const boothPosterUrl = (fairId: string, boothId: string) => `${fairPath(fairId)}/booths/${encodeURIComponent(boothId)}/poster`

/** The address of the fair's report as CSV. */
export const fairReportCsvUrl = (fairId: string) => `${fairPath(fairId)}/report?format=csv`

/** One page of fairs, the latest start first. */
export function listFairs(offset: number): Promise<FairList> {
  return sdk.client.fetch<FairList>("/admin/fairs", { query: { limit: FAIRS_PAGE_SIZE, offset } })
}

/** Creates a fair as a draft; a refused body rejects with the backend's message. */
export async function createFair(details: FairDetails): Promise<Fair> {
  return (await sdk.client.fetch<{ fair: Fair }>("/admin/fairs", { method: "POST", body: details })).fair
}

export async function getFair(id: string): Promise<Fair> {
  return (await sdk.client.fetch<{ fair: Fair }>(fairPath(id))).fair
}

/** Saves changed details; the backend checks them again once merged with the rest. */
export async function updateFair(id: string, details: Partial<FairDetails>): Promise<Fair> {
  return (await sdk.client.fetch<{ fair: Fair }>(fairPath(id), { method: "POST", body: details })).fair
}

export async function changeFairStatus(id: string, action: FairAction): Promise<Fair> {
  return (await sdk.client.fetch<{ fair: Fair }>(`${fairPath(id)}/status`, { method: "POST", body: { action } })).fair
}

export async function listBooths(fairId: string): Promise<Booth[]> {
  return (await sdk.client.fetch<{ booths: Booth[] }>(`${fairPath(fairId)}/booths`)).booths
}

/** Invites an approved cooperative; the code may be given now or when the booth is approved. */
export async function inviteCooperative(fairId: string, cooperativeId: string, code: string): Promise<void> {
  const body = code.trim() ? { cooperative_id: cooperativeId, code: code.trim() } : { cooperative_id: cooperativeId }
  await sdk.client.fetch(`${fairPath(fairId)}/booths`, { method: "POST", body })
}

export type BoothDecision = { decision: "approved"; code: string } | { decision: "rejected"; reason: string }

export async function decideBooth(fairId: string, boothId: string, decision: BoothDecision): Promise<void> {
  await sdk.client.fetch(`${fairPath(fairId)}/booths/${encodeURIComponent(boothId)}`, { method: "POST", body: decision })
}

/** Takes a featured product out of a booth (the backend keeps at least one per booth). */
export async function withdrawBoothProduct(fairId: string, boothId: string, boothProductId: string): Promise<void> {
  await sdk.client.fetch(`${fairPath(fairId)}/booths/${encodeURIComponent(boothId)}/products/${encodeURIComponent(boothProductId)}`, { method: "DELETE" })
}

export async function getFairReport(fairId: string): Promise<FairReport> {
  return (await sdk.client.fetch<{ report: FairReport }>(`${fairPath(fairId)}/report`, { query: { format: "json" } })).report
}

export async function listFairLeads(fairId: string): Promise<TradeLead[]> {
  return (await sdk.client.fetch<{ trade_leads: TradeLead[] }>(`${fairPath(fairId)}/leads`)).trade_leads
}

/** Approved cooperatives matching the text, for the invitation's picker. */
export async function searchApprovedCooperatives(q: string): Promise<InvitableCooperative[]> {
  const query: Record<string, string | number> = { status: "approved", limit: 10 }
  if (q.trim()) query.q = q.trim()
  return (await sdk.client.fetch<{ cooperatives: InvitableCooperative[] }>("/admin/cooperatives", { query })).cooperatives
}
