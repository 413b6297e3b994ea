import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /admin/marketplace/overview — the operator's headline figures (admin routes need a signed-in operator). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string, filters: Record<string, unknown> = {}) =>
    (await query.graph({ entity, fields: ["id"], filters, pagination: { take: 1, skip: 0 } })).metadata?.count ?? 0
  const [total, approved, pending, products] = await Promise.all([
    count("cooperative"),
    count("cooperative", { status: "approved" }),
    count("cooperative", { status: "pending" }),
    count("product"),
  ])
  res.json({ overview: { cooperatives: { total, approved, pending }, products } })
}
