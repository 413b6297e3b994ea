import "server-only"
import type { AppLocale } from "../../i18n/routing"
import { pageOffset } from "../util/pagination"
import { errorStatus } from "./errors"
import { type StoreSearchResponse, toSearchResultsView, toSearchSuggestions } from "./mappers/search"
import { RESULT_FACETS, SEARCH_PAGE_SIZE, type SearchRequest, toSearchParams } from "./mappers/search-query"
import { attachOcopBadges } from "./ocop-badges"
import { getCurrentRegion } from "./regions"
import { getSdk } from "./sdk"
import { type ListingQuery, listingScope } from "./mappers/listing-query"
import type { SearchKind, SearchOutcome, SearchQuery, SearchResultsView, SearchScope, SearchSuggestionView } from "./search-views"

/** Facets a category or collection page counts: its filters, OCOP stars and the price range. */
const LISTING_FACETS = ["cooperative", "province", "ocop_stars", "price"] as const

// Searches are many and varied and the index follows the catalogue on its own schedule: nothing is cached.
async function fetchSearch(request: SearchRequest, signal?: AbortSignal): Promise<StoreSearchResponse> {
  return getSdk().client.fetch<StoreSearchResponse>(`/store/search?${toSearchParams(request).toString()}`, {
    cache: "no-store",
    signal,
  })
}

/**
 * One page (24) of products for the results page, with every filter's choices — `GET /store/search?kind=product`.
 * A search the backend refuses (400: too long, malformed) comes back as a problem the page can explain.
 */
export async function searchProducts(query: SearchQuery, locale: AppLocale): Promise<SearchOutcome> {
  const [region, data] = await Promise.all([
    getCurrentRegion(),
    fetchSearch({
      kind: "product",
      q: query.q,
      query,
      facets: RESULT_FACETS,
      sort: query.sort,
      limit: SEARCH_PAGE_SIZE,
      offset: pageOffset(query.page, SEARCH_PAGE_SIZE),
    }).catch((error: unknown) => {
      if (errorStatus(error) === 400) return null
      throw error
    }),
  ])
  if (!data) return { ok: false, problem: "invalid_query" }
  const results = toSearchResultsView(data, query, { locale, currencyCode: region.currencyCode })
  // Cards carry the same OCOP badge as the product page, potential 5★ included.
  return { ok: true, results: { ...results, products: await attachOcopBadges(results.products, locale) } }
}

/**
 * One page (24) of a category's or a collection's products in the shopper's order, with the counts of the page's
 * filters — `GET /store/search?filters[category]=…` (or `filters[collection]`). A refused request (400) lists nothing.
 */
export async function searchListing(scope: Omit<SearchScope, "ocopStars">, listing: ListingQuery, locale: AppLocale): Promise<SearchResultsView> {
  const { query, minStars } = listing
  const [region, data] = await Promise.all([
    getCurrentRegion(),
    fetchSearch({
      kind: "product",
      q: "",
      query,
      scope: listingScope(scope, minStars),
      facets: LISTING_FACETS,
      sort: query.sort,
      limit: SEARCH_PAGE_SIZE,
      offset: pageOffset(query.page, SEARCH_PAGE_SIZE),
    }).catch((error: unknown) => {
      if (errorStatus(error) === 400) return { hits: [], total: 0 }
      throw error
    }),
  ])
  const results = toSearchResultsView(data, query, { locale, currencyCode: region.currencyCode })
  return { ...results, products: await attachOcopBadges(results.products, locale) }
}

/**
 * A few instant suggestions of one kind for the header's search box — `GET /store/search?kind=…&limit=…`.
 * A refused text (400) has no suggestions; `signal` lets a newer keystroke cancel the call.
 */
export async function suggestSearch(
  request: { kind: SearchKind; q: string; limit: number },
  locale: AppLocale,
  signal?: AbortSignal
): Promise<SearchSuggestionView[]> {
  try {
    const data = await fetchSearch(request, signal)
    return toSearchSuggestions(data, request.kind, request.q, locale)
  } catch (error) {
    if (errorStatus(error) === 400) return []
    throw error
  }
}
