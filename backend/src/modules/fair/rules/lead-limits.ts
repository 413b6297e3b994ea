/** How many trade leads one address (IP) and one e-mail may send in a window, against spam without a captcha. */
export const LEAD_LIMITS = { per_ip: 5, per_email: 3, window_ms: 60 * 60 * 1000 } as const

/** Why a new lead is refused for its sender's recent ones, or null when it may go. */
export function leadLimitProblem(recent: { from_ip: number; from_email: number }): string | null {
  if (recent.from_ip >= LEAD_LIMITS.per_ip || recent.from_email >= LEAD_LIMITS.per_email) {
    return "Too many inquiries from you in the last hour; please try again later or contact the cooperative by phone."
  }
  return null
}
