import type { SearchRequest, SearchResult } from "../../types"

/** Answers kept per process; popular searches repeat, the long tail is evicted first. */
const MAX_ENTRIES = 1000

/**
 * Answers of recent searches, valid while the index is in the state they were computed in. Every write to the index
 * gives it a new state token (in PostgreSQL, so every server instance sees it), and one cheap read of the token per
 * search tells whether a kept answer still holds.
 */
export class ResultCache {
  private readonly entries = new Map<string, SearchResult>()

  get(token: string, request: SearchRequest): SearchResult | undefined {
    const key = cacheKey(token, request)
    const hit = this.entries.get(key)
    if (hit) {
      // Most recently used last, so eviction takes the oldest.
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(token: string, request: SearchRequest, result: SearchResult) {
    this.entries.set(cacheKey(token, request), result)
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!)
  }
}

/** The same search written differently (filter order, facet order) shares one entry. */
export function cacheKey(token: string, request: SearchRequest): string {
  const filters = Object.entries(request.filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v] as const)
    .sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify([token, request.kind, request.q, filters, [...request.facets].sort(), request.sort, request.limit, request.offset])
}
