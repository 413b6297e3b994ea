import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_COOPERATIVE_PROFILE_FIELDS } from "../query-config"

/** GET /store/cooperatives/:handle — a cooperative's public profile (identity, address, founding date) and the ids of its products. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [...STORE_COOPERATIVE_PROFILE_FIELDS, "products.id", "products.status"],
    filters: { handle: req.params.handle, status: "approved" },
  })
  const cooperative = data[0] as (Record<string, unknown> & { products?: { id: string; status: string }[] }) | undefined
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with handle "${req.params.handle}".`)
  const { products, ...profile } = cooperative
  res.json({
    cooperative: { ...profile, product_ids: (products ?? []).filter((p) => p.status === "published").map((p) => p.id) },
  })
}
