import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { OCOP_MODULE } from "../../modules/ocop"
import { checkOcopSubmissionStep } from "./steps/check-ocop-submission"
import { createOcopCertificateStep } from "./steps/create-ocop-certificate"
import { recordOcopStatusChangesStep } from "./steps/record-ocop-status-changes"
import type { OcopSubmission } from "./types"

export const SUBMIT_OCOP_CERTIFICATE_WORKFLOW = "submit-ocop-certificate"

export type SubmitOcopCertificateInput = {
  cooperative_id: string
  /** The member who submits; null when a certificate is entered from the province's OCOP register (the demo seed). */
  seller_id: string | null
  submission: OcopSubmission
  /** The instant "today" is taken from; now when absent. */
  now?: string
}

/** A cooperative submits an OCOP certificate for some of its products: checked, stored as submitted with its history, linked. */
export const submitOcopCertificateWorkflow = createWorkflow(SUBMIT_OCOP_CERTIFICATE_WORKFLOW, (input: SubmitOcopCertificateInput) => {
  // One submission per cooperative at a time, so the same decision number cannot slip in twice.
  const lockKey = transform({ input }, ({ input }) => `ocop-submission:${input.cooperative_id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
  const checked = checkOcopSubmissionStep(input)
  const certificate = createOcopCertificateStep(checked)
  recordOcopStatusChangesStep(
    transform({ certificate, input }, ({ certificate, input }) => [
      { certificate_id: certificate.id, from_status: null, to_status: "submitted" as const, reason: null, actor_type: input.seller_id ? ("seller" as const) : ("system" as const), actor_id: input.seller_id },
    ])
  )
  createRemoteLinkStep(
    transform({ certificate, checked, input }, ({ certificate, checked, input }): LinkDefinition[] => [
      { [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id }, [OCOP_MODULE]: { ocop_certificate_id: certificate.id } },
      ...checked.product_ids.map((product_id) => ({ [OCOP_MODULE]: { ocop_certificate_id: certificate.id }, [Modules.PRODUCT]: { product_id } })),
    ])
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ certificate }, ({ certificate }) => ({ id: certificate.id })))
})
