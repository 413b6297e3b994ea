/** A cooperative's lifecycle: pending → approved | rejected; approved → suspended → approved again. */
export type CooperativeStatus = "pending" | "approved" | "rejected" | "suspended"
export type CooperativeStatusAction = "approve" | "reject" | "suspend"

const TRANSITIONS: Record<CooperativeStatusAction, { from: CooperativeStatus[]; to: CooperativeStatus; needsReason: boolean }> = {
  approve: { from: ["pending", "suspended"], to: "approved", needsReason: false },
  reject: { from: ["pending"], to: "rejected", needsReason: true },
  suspend: { from: ["approved"], to: "suspended", needsReason: true },
}

export const MIN_REASON_LENGTH = 5

/** The status an action leads to, or a sentence saying why it is not allowed. */
export function nextStatus(
  current: CooperativeStatus,
  action: CooperativeStatusAction,
  reason?: string | null
): { status: CooperativeStatus } | { error: string } {
  const rule = TRANSITIONS[action]
  if (!rule.from.includes(current)) {
    return { error: `A ${current} cooperative cannot be ${rule.to}; "${action}" applies only to ${rule.from.join(" or ")} cooperatives.` }
  }
  if (rule.needsReason && (reason ?? "").trim().length < MIN_REASON_LENGTH) {
    return { error: `A reason of at least ${MIN_REASON_LENGTH} characters is required to ${action} a cooperative.` }
  }
  return { status: rule.to }
}
