import { parsePageParam } from "../../util/pagination"
import type { OcopStars } from "../../../types/views"
import { LISTING_FILTERS, LISTING_SORTS, SEARCH_LIST_FILTERS, type ListingSort, type SearchQuery, type SearchScope } from "../search-views"
import { parseMinStarsParam } from "./ocop"
import { parseListParam, parsePriceParam } from "./search-query"

type Params = Record<string, string | string[] | undefined>

/** A category or collection page's URL: its filters as a search query (no text), the OCOP star floor, the order. */
export type ListingQuery = { query: SearchQuery & { sort: ListingSort }; minStars: OcopStars | null }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ""

/** Reads a listing page's URL leniently: unknown orders and filter values are left out, a reversed price range turned round. */
export function parseListingQuery(params: Params): ListingQuery {
  const filters = Object.fromEntries(SEARCH_LIST_FILTERS.map((f) => [f, (LISTING_FILTERS as readonly string[]).includes(f) ? parseListParam(f, params[f]) : []])) as SearchQuery["filters"]
  let priceMin = parsePriceParam(params.price_min)
  let priceMax = parsePriceParam(params.price_max)
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  const sort = LISTING_SORTS.find((s) => s === first(params.sort)) ?? "newest"
  return {
    query: { q: "", filters, priceMin, priceMax, inStock: false, sort, page: parsePageParam(params.page) },
    minStars: parseMinStarsParam(params.min_stars),
  }
}

/** A listing's URL parameters (no page; defaults left out), for page links, chips and "clear". */
export function listingQueryParams(listing: ListingQuery): Record<string, string> {
  const { query, minStars } = listing
  const params: Record<string, string> = {}
  for (const filter of LISTING_FILTERS) if (query.filters[filter].length > 0) params[filter] = query.filters[filter].join(",")
  if (query.priceMin !== null) params.price_min = String(query.priceMin)
  if (query.priceMax !== null) params.price_max = String(query.priceMax)
  if (minStars) params.min_stars = String(minStars)
  if (query.sort !== "newest") params.sort = query.sort
  return params
}

/** The search a listing runs: the page's own scope, and OCOP products of at least the star floor when one is set. */
export function listingScope(scope: Omit<SearchScope, "ocopStars">, minStars: OcopStars | null): SearchScope {
  return minStars ? { ...scope, ocopStars: [3, 4, 5].filter((stars) => stars >= minStars) } : scope
}

/** Whether the shopper narrowed the listing by anything (the order aside). */
export function isListingFiltered(listing: ListingQuery): boolean {
  return Object.keys(listingQueryParams(listing)).some((param) => param !== "sort")
}
