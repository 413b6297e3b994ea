import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CertificateRow, cooperativeCertificateIds, toCertificate } from "../../cooperative/ocop-certificates/certificate-view"
import { ADMIN_OCOP_CERTIFICATE_FIELDS } from "../../cooperative/ocop-certificates/query-config"
import type { AdminListOcopCertificatesType } from "./validators"

// % and _ typed by an operator are literal characters, not wildcards.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** GET /admin/ocop-certificates — the review queue, newest first, by status and by decision number, authority or cooperative name. */
export const GET = async (req: MedusaRequest<unknown, AdminListOcopCertificatesType>, res: MedusaResponse) => {
  const { status, q, limit, offset } = req.validatedQuery as AdminListOcopCertificatesType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) {
    const like = { $ilike: `%${escapeLike(q)}%` }
    const { data: cooperatives } = await query.graph({ entity: "cooperative", fields: ["id"], filters: { $or: [{ name: like }, { short_name: like }] } })
    const ofCooperatives = await cooperativeCertificateIds(req.scope, cooperatives.map((c) => c.id as string))
    filters.$or = [{ decision_number: like }, { issuing_authority: like }, ...(ofCooperatives.length ? [{ id: ofCooperatives }] : [])]
  }
  const { data, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: ADMIN_OCOP_CERTIFICATE_FIELDS,
    filters,
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  const certificates = (data as CertificateRow[]).map((row) => toCertificate(row, { cooperative: true }))
  res.json({ certificates, count: metadata?.count ?? certificates.length, limit, offset })
}
