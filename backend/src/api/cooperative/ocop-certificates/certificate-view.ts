import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CooperativeOcopCertificateLink from "../../../links/cooperative-ocop-certificate"
import { productSet } from "../../../modules/ocop/rules/product-sets"
import { isBadgeActive } from "../../../modules/ocop/status-rules"
import { ADMIN_OCOP_CERTIFICATE_FIELDS, OCOP_CERTIFICATE_FIELDS, OCOP_CERTIFICATE_HISTORY_FIELDS } from "./query-config"

type Product = { id: string; title: string; handle: string; thumbnail: string | null }
type Change = { from_status: string | null; to_status: string; reason: string | null; actor_type: string; created_at: string | Date }

/** A certificate as query.graph returns it with the fields of query-config.ts. */
export type CertificateRow = {
  id: string
  status: string
  stars: number
  potential_five_star: boolean
  product_set: number
  issuing_authority: string
  decision_number: string
  issued_on: string
  expires_on: string
  document_url: string
  status_reason: string | null
  reviewed_at: string | Date | null
  created_at: string | Date
  products?: (Product | null)[] | null
  cooperative?: { id: string; name?: string; handle?: string } | null
  status_changes?: (Change | null)[] | null
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString())

/** The certificate JSON of the seller and admin APIs; `cooperative` for operators, `history` (newest first) in details. */
export function toCertificate(row: CertificateRow, { now = new Date(), cooperative = false } = {}) {
  const history = row.status_changes
    ?.flatMap((c) => (c ? [c] : []))
    .sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))
    .map((c) => ({ from_status: c.from_status, to_status: c.to_status, reason: c.reason, actor_type: c.actor_type, created_at: iso(c.created_at) }))
  return {
    id: row.id,
    status: row.status,
    stars: row.stars,
    potential_five_star: row.potential_five_star,
    product_set: productSet(row.product_set) ?? null,
    issuing_authority: row.issuing_authority,
    decision_number: row.decision_number,
    issued_on: row.issued_on,
    expires_on: row.expires_on,
    document_url: row.document_url,
    status_reason: row.status_reason,
    reviewed_at: iso(row.reviewed_at),
    badge_active: isBadgeActive(row, now),
    products: (row.products ?? []).flatMap((p) => (p ? [{ id: p.id, title: p.title, handle: p.handle, thumbnail: p.thumbnail }] : [])),
    ...(cooperative && row.cooperative ? { cooperative: { id: row.cooperative.id, name: row.cooperative.name, handle: row.cooperative.handle } } : {}),
    ...(history ? { history } : {}),
    created_at: iso(row.created_at),
  }
}

/**
 * One certificate with its history; with `cooperativeId`, only if that cooperative holds it, so another cooperative's
 * certificate answers 404 like an unknown one.
 */
export async function loadCertificate(scope: MedusaContainer, id: string, { cooperativeId, admin = false }: { cooperativeId?: string; admin?: boolean }) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "ocop_certificate",
    fields: [...(admin ? ADMIN_OCOP_CERTIFICATE_FIELDS : OCOP_CERTIFICATE_FIELDS), ...OCOP_CERTIFICATE_HISTORY_FIELDS],
    filters: { id },
  })
  const row = data[0] as CertificateRow | undefined
  if (!row || (cooperativeId && row.cooperative?.id !== cooperativeId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, cooperativeId ? "This cooperative has no such certificate." : `No OCOP certificate with id "${id}".`)
  }
  return toCertificate(row, { cooperative: admin })
}

/** The ids of a cooperative's certificates, read through the cooperative ↔ certificate link. */
export async function cooperativeCertificateIds(scope: MedusaContainer, cooperativeIds: string[]): Promise<string[]> {
  if (!cooperativeIds.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: CooperativeOcopCertificateLink.entryPoint,
    fields: ["ocop_certificate_id"],
    filters: { cooperative_id: cooperativeIds },
  })
  return (data as { ocop_certificate_id: string }[]).map((link) => link.ocop_certificate_id)
}
