/** Days before expiry at which a cooperative is warned, each warning once. */
export const EXPIRY_WARNING_DAYS = [60, 7] as const
export type ExpiryWarning = (typeof EXPIRY_WARNING_DAYS)[number]

/**
 * The warning due for a certificate with `daysLeft` days before its expiry day, given which were already sent, or null.
 * Only the nearest threshold is due: a certificate verified with 5 days left gets the 7-day warning and never the 60-day one.
 */
export function expiryWarningDue(daysLeft: number, sent: Record<ExpiryWarning, boolean>): ExpiryWarning | null {
  if (daysLeft <= 0) return null
  const nearest = [...EXPIRY_WARNING_DAYS].sort((a, b) => a - b).find((threshold) => daysLeft <= threshold)
  return nearest === undefined || sent[nearest] ? null : nearest
}
