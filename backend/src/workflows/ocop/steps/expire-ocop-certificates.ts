import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const EXPIRE_OCOP_CERTIFICATES_STEP = "expire-ocop-certificates"

/** Marks these certificates expired, those still verified only (an operator may have revoked one meanwhile); undone by making them verified again. */
export const expireOcopCertificatesStep = createStep(
  EXPIRE_OCOP_CERTIFICATES_STEP,
  async (input: { ids: string[] }, { container }) => {
    if (!input.ids.length) return new StepResponse([] as string[], [] as string[])
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const updated = await service.updateOcopCertificates({ selector: { id: input.ids, status: "verified" }, data: { status: "expired" } })
    const ids = updated.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertificates({ selector: { id: ids }, data: { status: "verified" } })
  }
)
