import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { activeBadges } from "../../../../lib/ocop-badges"
import type { StoreListOcopBadgesType } from "../validators"

/** GET /store/ocop/badges — the active OCOP badge of each visible product asked for, or of every product of a cooperative. */
export const GET = async (req: MedusaRequest<unknown, StoreListOcopBadgesType>, res: MedusaResponse) => {
  const { product_id, cooperative_id } = req.validatedQuery as StoreListOcopBadgesType
  let ids = product_id ?? []
  if (cooperative_id) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cooperative",
      fields: ["products.id"],
      filters: { id: cooperative_id, status: "approved" },
    })
    ids = ((data[0]?.products ?? []) as ({ id: string } | null)[]).flatMap((p) => (p ? [p.id] : []))
  }
  const badges = (await activeBadges(req.scope, ids)).map(({ product_id, stars, potential_five_star, product_set, expires_on }) => ({
    product_id,
    stars,
    potential_five_star,
    product_set,
    expires_on,
  }))
  res.json({ badges })
}
