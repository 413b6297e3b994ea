import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OCOP_CERTIFICATE_STATUS_CHANGED_EVENT, type OcopStatusChangedData } from "../workflows/ocop/change-ocop-certificate-status"
import { NOTIFIED_OCOP_STATUSES, type NotifiedOcopStatus, notifyOcopCertificateStatusWorkflow } from "../workflows/ocop/notify-ocop-certificate-status"

const notified = (status: string): status is NotifiedOcopStatus => (NOTIFIED_OCOP_STATUSES as readonly string[]).includes(status)

/** An operator's verdict on a certificate is told to its cooperative by e-mail. */
export default async function ocopCertificateStatusChanged({ event, container }: SubscriberArgs<OcopStatusChangedData>) {
  const { id, to, reason } = event.data
  if (!notified(to)) return
  await notifyOcopCertificateStatusWorkflow(container).run({ input: { id, status: to, reason } })
}

export const config: SubscriberConfig = { event: OCOP_CERTIFICATE_STATUS_CHANGED_EVENT }
