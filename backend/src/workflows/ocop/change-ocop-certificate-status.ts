import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { OcopCertificateStatus, OcopOperatorAction } from "../../modules/ocop/status-rules"
import { recordOcopStatusChangesStep } from "./steps/record-ocop-status-changes"
import { updateOcopCertificateStatusStep } from "./steps/update-ocop-certificate-status"
import type { OcopActor } from "./types"

export const CHANGE_OCOP_CERTIFICATE_STATUS_WORKFLOW = "change-ocop-certificate-status"

/** Emitted after every status change of a certificate, the daily expiry included. */
export const OCOP_CERTIFICATE_STATUS_CHANGED_EVENT = "ocop_certificate.status_changed"

/** Data of the status-changed event. */
export type OcopStatusChangedData = { id: string; from: OcopCertificateStatus; to: OcopCertificateStatus; reason: string | null }

export type ChangeOcopCertificateStatusInput = { id: string; action: OcopOperatorAction; reason?: string | null; actor: OcopActor }

/** An operator verifies, rejects (with a reason) or revokes (with a reason) a certificate: status, history and event, all or nothing. */
export const changeOcopCertificateStatusWorkflow = createWorkflow(CHANGE_OCOP_CERTIFICATE_STATUS_WORKFLOW, (input: ChangeOcopCertificateStatusInput) => {
  // Two operators acting on one certificate at once: the second sees the first one's result.
  const lockKey = transform({ input }, ({ input }) => `ocop-certificate:${input.id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
  const { certificate, from } = updateOcopCertificateStatusStep(input)
  recordOcopStatusChangesStep(
    transform({ input, certificate, from }, ({ input, certificate, from }) => [
      {
        certificate_id: certificate.id,
        from_status: from,
        to_status: certificate.status as OcopCertificateStatus,
        reason: certificate.status_reason ?? null,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
      },
    ])
  )
  emitEventStep({
    eventName: OCOP_CERTIFICATE_STATUS_CHANGED_EVENT,
    data: transform({ certificate, from }, ({ certificate, from }): OcopStatusChangedData => ({
      id: certificate.id,
      from,
      to: certificate.status as OcopCertificateStatus,
      reason: certificate.status_reason ?? null,
    })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ certificate }, ({ certificate }) => ({ id: certificate.id })))
})
