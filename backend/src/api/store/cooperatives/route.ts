import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { countFacets } from "./directory-facets"
import { directoryFilters } from "./directory-filters"
import { STORE_COOPERATIVE_PROFILE_FIELDS } from "./query-config"
import type { StoreListCooperativesType } from "./validators"

type Listed = Record<string, unknown> & { products?: ({ status?: string } | null)[] | null }

/** GET /store/cooperatives — the public directory: approved cooperatives, searched and filtered, with filter counts. */
export const GET = async (req: MedusaRequest<unknown, StoreListCooperativesType>, res: MedusaResponse) => {
  const { limit, offset, ...params } = req.validatedQuery as StoreListCooperativesType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data, metadata }, { data: approved }] = await Promise.all([
    query.graph({
      entity: "cooperative",
      fields: [...STORE_COOPERATIVE_PROFILE_FIELDS, "products.id", "products.status"],
      filters: directoryFilters(params),
      // Names alone can tie; the id keeps pages from overlapping.
      pagination: { take: limit, skip: offset, order: { name: "ASC", id: "ASC" } },
    }),
    query.graph({ entity: "cooperative", fields: ["commune", "sectors", "kind"], filters: { status: "approved" } }),
  ])
  const cooperatives = (data as Listed[]).map(({ products, ...profile }) => ({
    ...profile,
    product_count: (products ?? []).filter((p) => p?.status === "published").length,
  }))
  res.json({ cooperatives, count: metadata?.count ?? cooperatives.length, limit, offset, facets: countFacets(approved) })
}
