import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The marketplace's active public categories, for the product form. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "name", "handle", "metadata"],
    filters: { is_active: true, is_internal: false },
    pagination: { order: { rank: "ASC" }, take: 500 },
  })
  res.json({
    categories: data.map((c) => ({ id: c.id, name: c.name, handle: c.handle, name_en: (c.metadata as Record<string, unknown> | null)?.name_en ?? null })),
  })
}
