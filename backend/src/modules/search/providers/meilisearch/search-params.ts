import type { SearchParams } from "meilisearch" with { "resolution-mode": "import" }
import type { FacetName, SearchRequest, SortName } from "../../types"
import { filterExpression } from "./filter-expression"

/** Search parameters in page mode, the one in which Meilisearch counts `totalHits` (and facets) exhaustively. */
export type PageSearchParams = SearchParams & { page: number; hitsPerPage: number }

/**
 * The Meilisearch sort for an order; none means relevance. Without a query there is no relevance to lose, so the
 * newest first breaks ties (as in the PostgreSQL provider); with one, a second sort key would outrank typo, proximity
 * and attribute, so ties are left to relevance and then to Meilisearch's stable internal order.
 */
export function sortFor(sort: SortName, q: string): string[] | undefined {
  switch (sort) {
    case "relevance":
      return q ? undefined : ["created_at:desc"]
    case "price_asc":
      return ["price_vnd:asc"]
    case "price_desc":
      return ["price_vnd:desc"]
    case "newest":
      return ["created_at:desc"]
    case "stars":
      return q ? ["ocop_stars:desc"] : ["ocop_stars:desc", "created_at:desc"]
    case "best_selling":
      return q ? ["units_sold:desc"] : ["units_sold:desc", "created_at:desc"]
  }
}

/**
 * The smallest page (`hitsPerPage` ≥ limit) that holds the whole window [offset, offset + limit), and where the
 * window starts in it: our API pages by offset, but only page mode gives an exact total.
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  for (let size = limit; ; size++) {
    const first = Math.floor(offset / size)
    if (first === Math.floor((offset + limit - 1) / size)) return { page: first + 1, hitsPerPage: size, skip: offset - first * size }
  }
}

/** The attributes to count: each list facet as itself, the price range as the stats of `price_vnd`. */
export function facetAttributes(facets: readonly FacetName[]): string[] {
  return [...new Set(facets.map((f) => (f === "price" ? "price_vnd" : f)))]
}

/** Everything Meilisearch needs for a request, and how many leading hits of its page to skip. */
export function searchParams(request: SearchRequest): { q: string | null; params: PageSearchParams; skip: number } {
  const { page, hitsPerPage, skip } = pageWindow(request.offset, request.limit)
  const sort = sortFor(request.sort, request.q)
  const facets = facetAttributes(request.facets)
  const params: PageSearchParams = {
    filter: filterExpression(request.kind, request.filters),
    page,
    hitsPerPage,
    // Every word must match, as in the PostgreSQL provider (Meilisearch's default drops words from the end).
    matchingStrategy: "all",
    ...(sort ? { sort } : {}),
    ...(facets.length ? { facets } : {}),
  }
  // An empty query is a placeholder search: everything that passes the filters, in the sort order.
  return { q: request.q || null, params, skip }
}
