import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_COOPERATIVE_FIELDS } from "./query-config"
import type { AdminListCooperativesType } from "./validators"

/** GET /admin/cooperatives — the directory for operators, newest first, filtered by status, commune or text. */
export const GET = async (req: MedusaRequest<unknown, AdminListCooperativesType>, res: MedusaResponse) => {
  const { status, commune, q, limit, offset } = req.validatedQuery as AdminListCooperativesType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (commune) filters.commune = { $ilike: `%${escapeLike(commune)}%` }
  if (q) {
    const like = { $ilike: `%${escapeLike(q)}%` }
    filters.$or = [{ name: like }, { short_name: like }, { registration_number: like }, { email: like }]
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative",
    fields: ADMIN_COOPERATIVE_FIELDS,
    filters,
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({ cooperatives: data, count: metadata?.count ?? data.length, limit, offset })
}

// % and _ typed by an operator are literal characters, not wildcards.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)
