import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { OCOP_CERTIFICATE_STATUS_CHANGED_EVENT, type OcopStatusChangedData } from "./change-ocop-certificate-status"
import { ocopEmailKey, ocopNotification } from "./ocop-notifications"
import { expireOcopCertificatesStep } from "./steps/expire-ocop-certificates"
import { markOcopExpiryWarningsStep } from "./steps/mark-ocop-expiry-warnings"
import { planOcopExpiryStep } from "./steps/plan-ocop-expiry"
import { type OcopStatusChangeInput, recordOcopStatusChangesStep } from "./steps/record-ocop-status-changes"
import { sendOcopEmailsStep } from "./steps/send-ocop-emails"

export const EXPIRE_OCOP_CERTIFICATES_WORKFLOW = "expire-ocop-certificates"

export type ExpireOcopCertificatesInput = {
  /** The instant the run acts at (ISO 8601); now when absent. The controllable clock of the daily job and its tests. */
  now?: string
}

const LOCK_KEY = "ocop-certificate-expiry"

/**
 * The daily run: verified certificates whose expiry day has come (in Việt Nam) become expired, with a history row and an
 * e-mail; cooperatives are warned once when 60 days or fewer remain and once when 7 or fewer remain.
 */
export const expireOcopCertificatesWorkflow = createWorkflow(EXPIRE_OCOP_CERTIFICATES_WORKFLOW, (input: ExpireOcopCertificatesInput) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date().toISOString())
  acquireLockStep({ key: LOCK_KEY, timeout: 30, ttl: 600 })
  const plan = planOcopExpiryStep(transform({ now }, ({ now }) => ({ now })))
  const expired = expireOcopCertificatesStep(transform({ plan }, ({ plan }) => ({ ids: plan.expire.map((c) => c.id) })))
  recordOcopStatusChangesStep(
    transform({ expired }, ({ expired }): OcopStatusChangeInput[] =>
      expired.map((certificate_id) => ({ certificate_id, from_status: "verified", to_status: "expired", reason: null, actor_type: "system", actor_id: null }))
    )
  )
  const notifications = transform({ plan, expired }, ({ plan, expired }) => {
    const done = new Set(expired)
    const all = [
      ...plan.expire.filter((c) => done.has(c.id)).map((c) => ocopNotification("expired", c)),
      ...plan.warn.map((w) => ocopNotification("expiring", w.certificate, { days_left: w.days_left, warning: w.threshold })),
    ]
    return all.filter((n): n is CreateNotificationDTO => n !== null)
  })
  const sent = sendOcopEmailsStep(notifications)
  const warned = transform({ plan, sent, now }, ({ plan, sent, now }) => {
    const delivered = new Set(sent)
    const warnings = plan.warn
      .filter((w) => delivered.has(ocopEmailKey(w.certificate.id, "expiring", w.threshold)))
      .map((w) => ({ id: w.certificate.id, threshold: w.threshold }))
    return { warnings, at: now }
  })
  markOcopExpiryWarningsStep(warned)
  emitEventStep({
    eventName: OCOP_CERTIFICATE_STATUS_CHANGED_EVENT,
    data: transform({ expired }, ({ expired }): OcopStatusChangedData[] => expired.map((id) => ({ id, from: "verified", to: "expired", reason: null }))),
  })
  releaseLockStep({ key: LOCK_KEY })
  return new WorkflowResponse(
    transform({ plan, expired, warned }, ({ plan, expired, warned }) => ({
      today: plan.today,
      expired,
      warned: warned.warnings.map((w) => ({ id: w.id, days: w.threshold })),
    }))
  )
})
