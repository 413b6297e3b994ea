import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { OcopCertificateStatus } from "../../../modules/ocop/status-rules"

export const RECORD_OCOP_STATUS_CHANGES_STEP = "record-ocop-certificate-status-changes"

/** One row of a certificate's history. */
export type OcopStatusChangeInput = {
  certificate_id: string
  from_status: OcopCertificateStatus | null
  to_status: OcopCertificateStatus
  reason: string | null
  actor_type: "user" | "seller" | "system"
  actor_id: string | null
}

/** Writes who changed certificates' statuses, when and why; the compensation deletes the rows again. */
export const recordOcopStatusChangesStep = createStep(
  RECORD_OCOP_STATUS_CHANGES_STEP,
  async (changes: OcopStatusChangeInput[], { container }) => {
    if (!changes.length) return new StepResponse([], [])
    const created = await container.resolve<OcopModuleService>(OCOP_MODULE).createOcopCertificateStatusChanges(changes)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopCertificateStatusChanges(ids)
  }
)
