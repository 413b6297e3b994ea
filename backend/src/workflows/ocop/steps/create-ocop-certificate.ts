import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CheckedOcopSubmission } from "./check-ocop-submission"

export const CREATE_OCOP_CERTIFICATE_STEP = "create-ocop-certificate"

/** Creates a submitted certificate (without its links); the compensation deletes it again. */
export const createOcopCertificateStep = createStep(
  CREATE_OCOP_CERTIFICATE_STEP,
  async (submission: CheckedOcopSubmission, { container }) => {
    const { product_ids: _products, ...fields } = submission
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const certificate = await service.createOcopCertificates({ ...fields, status: "submitted" })
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopCertificates(id)
  }
)
