import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPIRY_WARNING_DAYS, type ExpiryWarning, expiryWarningDue } from "../../../modules/ocop/rules/expiry-warnings"
import { addDays, daysBetween, vietnamDay } from "../../../modules/ocop/rules/vietnam-day"
import { OCOP_EMAIL_FIELDS, type OcopEmailCertificate } from "../ocop-notifications"

export const PLAN_OCOP_EXPIRY_STEP = "plan-ocop-expiry"

type DueRow = OcopEmailCertificate & { warned_60_days_at: string | Date | null; warned_7_days_at: string | Date | null }

/** What the daily run has to do: certificates to expire today, and warnings due. */
export type OcopExpiryPlan = {
  today: string
  expire: OcopEmailCertificate[]
  warn: { certificate: OcopEmailCertificate; threshold: ExpiryWarning; days_left: number }[]
}

/** Finds verified certificates whose expiry day has come (in Việt Nam) or whose warning is due; reads only. */
export const planOcopExpiryStep = createStep(PLAN_OCOP_EXPIRY_STEP, async (input: { now: string }, { container }) => {
  const today = vietnamDay(input.now)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "ocop_certificate",
    fields: [...OCOP_EMAIL_FIELDS, "warned_60_days_at", "warned_7_days_at"],
    // Days are YYYY-MM-DD text, so text order is day order.
    filters: { status: "verified", expires_on: { $lte: addDays(today, Math.max(...EXPIRY_WARNING_DAYS)) } },
  })
  const plan: OcopExpiryPlan = { today, expire: [], warn: [] }
  for (const row of data as DueRow[]) {
    const { warned_60_days_at, warned_7_days_at, ...certificate } = row
    const days_left = daysBetween(today, certificate.expires_on)
    if (days_left <= 0) {
      plan.expire.push(certificate)
      continue
    }
    const threshold = expiryWarningDue(days_left, { 60: Boolean(warned_60_days_at), 7: Boolean(warned_7_days_at) })
    if (threshold) plan.warn.push({ certificate, threshold, days_left })
  }
  return new StepResponse(plan)
})
