import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { submitOcopCertificateWorkflow } from "../../../workflows/ocop/submit-ocop-certificate"
import { activeCooperative } from "../active-cooperative"
import { type CertificateRow, cooperativeCertificateIds, loadCertificate, toCertificate } from "./certificate-view"
import { OCOP_CERTIFICATE_FIELDS } from "./query-config"
import type { CooperativeListOcopCertificatesType, CooperativeSubmitOcopCertificateType } from "./validators"

/** GET /cooperative/ocop-certificates — the active cooperative's certificates, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, CooperativeListOcopCertificatesType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const ids = await cooperativeCertificateIds(req.scope, [activeCooperative(req).id])
  if (!ids.length) {
    res.json({ certificates: [], count: 0 })
    return
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "ocop_certificate",
    fields: OCOP_CERTIFICATE_FIELDS,
    filters: { id: ids },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({ certificates: (data as CertificateRow[]).map((row) => toCertificate(row)), count: metadata?.count ?? data.length })
}

/** POST /cooperative/ocop-certificates — submits a certificate for some of the active cooperative's products. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeSubmitOcopCertificateType>, res: MedusaResponse) {
  const active = activeCooperative(req)
  const { result } = await submitOcopCertificateWorkflow(req.scope).run({
    input: { cooperative_id: active.id, seller_id: active.seller_id, submission: req.validatedBody },
  })
  res.status(201).json({ certificate: await loadCertificate(req.scope, result.id, { cooperativeId: active.id }) })
}
