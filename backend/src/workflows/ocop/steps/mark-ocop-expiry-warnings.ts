import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type { ExpiryWarning } from "../../../modules/ocop/rules/expiry-warnings"
import type OcopModuleService from "../../../modules/ocop/service"

export const MARK_OCOP_EXPIRY_WARNINGS_STEP = "mark-ocop-expiry-warnings"

const column = (threshold: ExpiryWarning) => (threshold === 60 ? "warned_60_days_at" : "warned_7_days_at")

/** Records on each certificate that a warning went out, so it never goes out again; the compensation clears the marks. */
export const markOcopExpiryWarningsStep = createStep(
  MARK_OCOP_EXPIRY_WARNINGS_STEP,
  async (input: { warnings: { id: string; threshold: ExpiryWarning }[]; at: string }, { container }) => {
    if (!input.warnings.length) return new StepResponse(input.warnings, input.warnings)
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    await service.updateOcopCertificates(input.warnings.map(({ id, threshold }) => ({ id, [column(threshold)]: new Date(input.at) })))
    return new StepResponse(input.warnings, input.warnings)
  },
  async (warnings, { container }) => {
    if (!warnings?.length) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertificates(warnings.map(({ id, threshold }) => ({ id, [column(threshold)]: null })))
  }
)
