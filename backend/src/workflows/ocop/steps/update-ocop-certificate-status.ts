import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { vietnamDay } from "../../../modules/ocop/rules/vietnam-day"
import type OcopModuleService from "../../../modules/ocop/service"
import { type OcopCertificateStatus, type OcopOperatorAction, nextOcopStatus } from "../../../modules/ocop/status-rules"
import type { OcopActor } from "../types"

export const UPDATE_OCOP_CERTIFICATE_STATUS_STEP = "update-ocop-certificate-status"

export type UpdateOcopCertificateStatusInput = { id: string; action: OcopOperatorAction; reason?: string | null; actor: OcopActor; now?: string }

/** Moves a certificate to the status an operator's action leads to; refuses what the rules do not allow. */
export const updateOcopCertificateStatusStep = createStep(
  UPDATE_OCOP_CERTIFICATE_STATUS_STEP,
  async ({ id, action, reason, actor, now }: UpdateOcopCertificateStatusInput, { container }) => {
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const current = await service.retrieveOcopCertificate(id)
    const from = current.status as OcopCertificateStatus
    const result = nextOcopStatus(from, action, reason)
    if ("error" in result) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, result.error)
    const at = now ? new Date(now) : new Date()
    if (action === "verify" && current.expires_on <= vietnamDay(at)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This certificate expired on ${current.expires_on}; it can no longer be verified.`)
    }
    const updated = await service.updateOcopCertificates({
      id,
      status: result.status,
      status_reason: action === "verify" ? null : (reason ?? "").trim(),
      reviewed_at: at,
      reviewed_by: actor.id,
    })
    const previous = { id, status: from, status_reason: current.status_reason, reviewed_at: current.reviewed_at, reviewed_by: current.reviewed_by }
    return new StepResponse({ certificate: updated, from }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertificates(previous)
  }
)
