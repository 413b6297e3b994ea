import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { labelFacets } from "../../../lib/search/facet-labels"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import type { StoreSearchType } from "./validators"

/** GET /store/search — the catalogue search (products, cooperatives or categories) with facets; see docs/search-api.md. */
export const GET = async (req: MedusaRequest<unknown, StoreSearchType>, res: MedusaResponse) => {
  const started = performance.now()
  const request = req.validatedQuery as StoreSearchType
  const result = await req.scope.resolve<SearchModuleService>(SEARCH_MODULE).searchDocuments(request)
  const facets = await labelFacets(req.scope, result.facets)
  res.json({
    hits: result.hits,
    facets,
    total: result.total,
    processing_time_ms: Math.round(performance.now() - started),
    limit: request.limit,
    offset: request.offset,
    q: request.q,
  })
}
