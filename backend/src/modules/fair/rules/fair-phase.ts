/** What an operator decides about a fair; "live" and "ended" are not decided but follow the clock. */
export const FAIR_STATUSES = ["draft", "open", "published", "archived"] as const
export type FairStatus = (typeof FAIR_STATUSES)[number]

/** Where a fair stands for everyone at a moment: its status, with a published (or open) fair's place in time. */
export type FairPhase = "draft" | "open" | "upcoming" | "live" | "ended" | "archived"

export const FAIR_KINDS = ["online", "venue", "both"] as const
export type FairKind = (typeof FAIR_KINDS)[number]

/**
 * The phase of a fair at `now`: a draft or archived fair is just that; an open or published fair is live between its
 * start and end and ended after its end, whatever its status says; before its start an open fair takes applications
 * and a published one is upcoming.
 */
export function fairPhase(fair: { status: FairStatus; starts_at: Date | string; ends_at: Date | string }, now: Date): FairPhase {
  if (fair.status === "draft" || fair.status === "archived") return fair.status
  const t = now.getTime()
  if (t >= new Date(fair.ends_at).getTime()) return "ended"
  if (t >= new Date(fair.starts_at).getTime()) return "live"
  return fair.status === "open" ? "open" : "upcoming"
}

/** Actions an operator takes on a fair's status. */
export const FAIR_ACTIONS = ["open_applications", "publish", "archive", "back_to_draft"] as const
export type FairAction = (typeof FAIR_ACTIONS)[number]

const NEXT: Record<FairAction, { to: FairStatus; from: FairStatus[] }> = {
  open_applications: { to: "open", from: ["draft"] },
  publish: { to: "published", from: ["draft", "open"] },
  archive: { to: "archived", from: ["draft", "open", "published"] },
  back_to_draft: { to: "draft", from: ["open", "published"] },
}

/** The status an action leads to, or why it is refused. Archiving needs the fair to be over or never shown. */
export function nextFairStatus(fair: Parameters<typeof fairPhase>[0], action: FairAction, now: Date): { status: FairStatus } | { error: string } {
  const rule = NEXT[action]
  if (!rule.from.includes(fair.status)) return { error: `A fair in status ${fair.status} cannot be changed with "${action}".` }
  const phase = fairPhase(fair, now)
  if (action === "archive" && phase === "live") return { error: "A fair that is live now cannot be archived; wait until it ends." }
  if (action === "back_to_draft" && (phase === "live" || phase === "ended")) return { error: "A fair that has started cannot go back to draft." }
  const over = now.getTime() >= new Date(fair.ends_at).getTime()
  if ((action === "open_applications" || action === "publish") && over) return { error: "This fair has already ended; change its dates first." }
  return { status: rule.to }
}
