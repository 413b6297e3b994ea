import type { CategoriesDistribution, FacetStats, FacetDistribution, Hit } from "meilisearch" with { "resolution-mode": "import" }
import type { FacetCount, SearchDocument, SearchFacets, SearchRequest, SearchResult } from "../../types"

/** The parts of a page-mode Meilisearch answer that a result is made of. */
export type PageResponse = {
  hits: Hit<SearchDocument>[]
  totalHits: number
  facetDistribution?: FacetDistribution
  facetStats?: FacetStats
}

/** A hit as the document we stored: Meilisearch's own fields (`_formatted`, `_rankingScore`, …) removed. */
export function storedDocument(hit: Hit<SearchDocument>): SearchDocument {
  return Object.fromEntries(Object.entries(hit).filter(([key]) => !key.startsWith("_"))) as SearchDocument
}

/** A facet's value counts, most frequent first, then by value so equal counts keep one order. */
export function facetCounts(distribution: CategoriesDistribution | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}

/** Our result from Meilisearch's page: the requested window of hits, the requested facets, the exact total. */
export function toSearchResult(response: PageResponse, request: SearchRequest, skip: number): SearchResult {
  const facets: SearchFacets = {}
  for (const facet of request.facets) {
    if (facet === "price") {
      // No stats when nothing matched (or nothing matched has a price): null, as the PostgreSQL provider answers.
      const stats = response.facetStats?.price_vnd
      facets.price = stats ? { min: stats.min, max: stats.max } : null
    } else {
      facets[facet] = facetCounts(response.facetDistribution?.[facet])
    }
  }
  return {
    hits: response.hits.slice(skip, skip + request.limit).map(storedDocument),
    facets,
    total: response.totalHits,
  }
}
