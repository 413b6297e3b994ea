import { vietnamDay } from "./rules/vietnam-day"

/** A certificate's lifecycle: submitted → verified | rejected; verified → revoked | expired. The last four are final. */
export const OCOP_STATUSES = ["submitted", "verified", "rejected", "revoked", "expired"] as const
export type OcopCertificateStatus = (typeof OCOP_STATUSES)[number]

/** What an operator may do to a certificate; `expire` belongs to the daily job alone. */
export const OPERATOR_ACTIONS = ["verify", "reject", "revoke"] as const
export type OcopOperatorAction = (typeof OPERATOR_ACTIONS)[number]
export type OcopStatusAction = OcopOperatorAction | "expire"

const TRANSITIONS: Record<OcopStatusAction, { from: OcopCertificateStatus[]; to: OcopCertificateStatus; needsReason: boolean }> = {
  verify: { from: ["submitted"], to: "verified", needsReason: false },
  reject: { from: ["submitted"], to: "rejected", needsReason: true },
  revoke: { from: ["verified"], to: "revoked", needsReason: true },
  expire: { from: ["verified"], to: "expired", needsReason: false },
}

export const MIN_REASON_LENGTH = 5

/** The status an action leads to, or a sentence saying why it is not allowed. */
export function nextOcopStatus(
  current: OcopCertificateStatus,
  action: OcopStatusAction,
  reason?: string | null
): { status: OcopCertificateStatus } | { error: string } {
  const rule = TRANSITIONS[action]
  if (!rule.from.includes(current)) {
    return { error: `A ${current} certificate cannot be ${rule.to}; "${action}" applies only to ${rule.from.join(" or ")} certificates.` }
  }
  if (rule.needsReason && (reason ?? "").trim().length < MIN_REASON_LENGTH) {
    return { error: `A reason of at least ${MIN_REASON_LENGTH} characters is required to ${action} a certificate.` }
  }
  return { status: rule.to }
}

/**
 * Whether a certificate lets its products show the OCOP badge at this instant: verified, and today in Việt Nam is
 * before its expiry day. Computed at read time, so the badge goes at midnight of the expiry day even before the job runs.
 */
export function isBadgeActive(certificate: { status: string; expires_on: string }, now: Date | string = new Date()): boolean {
  return certificate.status === "verified" && vietnamDay(now) < certificate.expires_on
}

/** What the store shows of a certificate on a product. */
export type BadgeCandidate = { stars: number; potential_five_star: boolean; expires_on: string }

const rank = (b: BadgeCandidate) => b.stars * 2 + (b.stars === 4 && b.potential_five_star ? 1 : 0)

/** Orders badges best first: more stars, then "4★, potential 5★" above plain 4★, then the later expiry. */
export function compareBadges(a: BadgeCandidate, b: BadgeCandidate): number {
  return rank(b) - rank(a) || b.expires_on.localeCompare(a.expires_on)
}

/** The best of a product's active badges, or undefined when it has none. */
export function bestBadge<T extends BadgeCandidate>(badges: T[]): T | undefined {
  return [...badges].sort(compareBadges)[0]
}
