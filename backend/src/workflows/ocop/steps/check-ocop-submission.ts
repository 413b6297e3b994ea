import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseEnv } from "../../../lib/env"
import { publicFilesBase } from "../../../lib/file-module"
import CooperativeOcopCertificateLink from "../../../links/cooperative-ocop-certificate"
import { certificateTermsProblem, expiryDay, MAX_CERTIFICATE_PRODUCTS, normalizeDecisionNumber } from "../../../modules/ocop/rules/certificate-terms"
import { vietnamDay } from "../../../modules/ocop/rules/vietnam-day"
import type { OcopSubmission } from "../types"

export const CHECK_OCOP_SUBMISSION_STEP = "check-ocop-submission"

/** A submission that passed every check, with its expiry day filled in. */
export type CheckedOcopSubmission = Omit<OcopSubmission, "expires_on" | "potential_five_star"> & { expires_on: string; potential_five_star: boolean }

type ProductRow = { id: string; title: string; metadata?: Record<string, unknown> | null; cooperative?: { id: string } | null }

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks a submission against the rules and the cooperative's own data; writes nothing, so there is nothing to undo. */
export const checkOcopSubmissionStep = createStep(
  CHECK_OCOP_SUBMISSION_STEP,
  async (input: { cooperative_id: string; submission: OcopSubmission; now?: string }, { container }) => {
    const { submission, cooperative_id } = input
    const problem = certificateTermsProblem(submission, vietnamDay(input.now ?? new Date()))
    if (problem) throw refuse(problem)
    const ids = submission.product_ids
    if (ids.length < 1 || ids.length > MAX_CERTIFICATE_PRODUCTS) throw refuse(`Choose 1 to ${MAX_CERTIFICATE_PRODUCTS} of the cooperative's products.`)
    if (new Set(ids).size !== ids.length) throw refuse("Each product may be named only once.")
    const base = publicFilesBase(parseEnv(process.env))
    if (!submission.document_url.startsWith(base)) {
      throw refuse("document_url was not uploaded here: upload the certificate's scan through /cooperative/documents.")
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "title", "metadata", "cooperative.id"], filters: { id: ids } })
    const byId = new Map((products as ProductRow[]).map((p) => [p.id, p]))
    for (const id of ids) {
      const product = byId.get(id)
      // Another cooperative's product is answered like an unknown one: ids reveal nothing.
      if (!product || product.cooperative?.id !== cooperative_id) throw refuse(`Product ${id} is not one of this cooperative's products.`)
      if (product.metadata?.archived_at) throw refuse(`"${product.title}" is archived: restore it before putting it on a certificate.`)
    }

    const { data: links } = await query.graph({
      entity: CooperativeOcopCertificateLink.entryPoint,
      fields: ["ocop_certificate.id", "ocop_certificate.decision_number", "ocop_certificate.status"],
      filters: { cooperative_id },
    })
    const wanted = normalizeDecisionNumber(submission.decision_number)
    // A rejected certificate may come back with the same decision number, corrected; any other one may not.
    const taken = (links as { ocop_certificate?: { decision_number: string; status: string } | null }[]).some(
      ({ ocop_certificate: c }) => c && c.status !== "rejected" && normalizeDecisionNumber(c.decision_number) === wanted
    )
    if (taken) throw refuse(`This cooperative already has a certificate with decision number ${submission.decision_number.trim()}.`)

    const checked: CheckedOcopSubmission = {
      ...submission,
      issuing_authority: submission.issuing_authority.trim(),
      decision_number: submission.decision_number.trim(),
      potential_five_star: submission.potential_five_star ?? false,
      expires_on: expiryDay(submission.issued_on, submission.expires_on),
    }
    return new StepResponse(checked)
  }
)
