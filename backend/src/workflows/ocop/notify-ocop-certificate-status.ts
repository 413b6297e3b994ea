import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_EMAIL_FIELDS, type OcopEmailCertificate, ocopNotification } from "./ocop-notifications"

export const NOTIFY_OCOP_CERTIFICATE_STATUS_WORKFLOW = "notify-ocop-certificate-status"

/** The statuses a cooperative is e-mailed about when an operator sets them (expiry has its own e-mail in the daily run). */
export const NOTIFIED_OCOP_STATUSES = ["verified", "rejected", "revoked"] as const
export type NotifiedOcopStatus = (typeof NOTIFIED_OCOP_STATUSES)[number]

/** Tells a cooperative that an operator verified, rejected or revoked one of its certificates, and why. */
export const notifyOcopCertificateStatusWorkflow = createWorkflow(
  NOTIFY_OCOP_CERTIFICATE_STATUS_WORKFLOW,
  (input: { id: string; status: NotifiedOcopStatus; reason: string | null }) => {
    const { data } = useQueryGraphStep({ entity: "ocop_certificate", fields: OCOP_EMAIL_FIELDS, filters: { id: input.id }, options: { throwIfKeyNotFound: true } })
    const notifications = transform({ data, input }, ({ data, input }) => {
      const notification = ocopNotification(input.status, data[0] as unknown as OcopEmailCertificate, { reason: input.reason })
      return notification ? [notification] : ([] as CreateNotificationDTO[])
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
