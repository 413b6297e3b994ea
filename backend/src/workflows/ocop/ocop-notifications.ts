import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { type OcopEmailKind, ocopCertificateEmail } from "../../lib/emails/ocop-certificate"

/** Fields read for an e-mail about a certificate: its terms, its cooperative's name and address, its products. */
export const OCOP_EMAIL_FIELDS = [
  "id",
  "decision_number",
  "stars",
  "potential_five_star",
  "expires_on",
  "status_reason",
  "cooperative.id",
  "cooperative.name",
  "cooperative.email",
  "products.title",
]

/** A certificate as read with OCOP_EMAIL_FIELDS. */
export type OcopEmailCertificate = {
  id: string
  decision_number: string
  stars: number
  potential_five_star: boolean
  expires_on: string
  status_reason: string | null
  cooperative?: { id: string; name: string; email: string } | null
  products?: ({ title: string } | null)[] | null
}

/** The idempotency key of an e-mail about a certificate: one per kind, and one per threshold for expiry warnings. */
export const ocopEmailKey = (certificateId: string, kind: OcopEmailKind, warning?: number) =>
  `ocop-certificate:${certificateId}:${kind}${warning === undefined ? "" : `:${warning}`}`

/**
 * The e-mail to a certificate's cooperative, at its contact address. The idempotency key makes the notification module
 * send each kind once per certificate (and each expiry warning once per threshold), however often it is asked.
 */
export function ocopNotification(
  kind: OcopEmailKind,
  certificate: OcopEmailCertificate,
  extra: { days_left?: number; warning?: number; reason?: string | null } = {}
): CreateNotificationDTO | null {
  const cooperative = certificate.cooperative
  if (!cooperative?.email) return null
  const content = ocopCertificateEmail(kind, {
    cooperative: cooperative.name,
    decision_number: certificate.decision_number,
    stars: certificate.stars,
    potential_five_star: certificate.potential_five_star,
    products: (certificate.products ?? []).flatMap((p) => (p ? [p.title] : [])),
    expires_on: certificate.expires_on,
    days_left: extra.days_left,
    reason: extra.reason ?? certificate.status_reason,
  })
  return {
    to: cooperative.email.toLowerCase(),
    channel: "email",
    template: `ocop-certificate-${kind}`,
    content,
    data: {
      certificate_id: certificate.id,
      cooperative_id: cooperative.id,
      kind,
      ...(extra.warning === undefined ? {} : { warning: extra.warning, days_left: extra.days_left }),
    },
    resource_id: certificate.id,
    resource_type: "ocop_certificate",
    idempotency_key: ocopEmailKey(certificate.id, kind, extra.warning),
  }
}
