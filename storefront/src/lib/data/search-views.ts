// View types of catalogue search: the header's suggestions and the results page. Built in ./mappers/search.ts
// and ./mappers/search-query.ts.

import type { ProductCardView } from "../../types/views"

/** What the catalogue search finds: products, the cooperatives that sell them, and categories. */
export const SEARCH_KINDS = ["product", "cooperative", "category"] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Longest search text the backend accepts; the search boxes stop there too. */
export const MAX_SEARCH_LENGTH = 200
/** Fewest characters the header's box asks suggestions for. */
export const MIN_SUGGEST_LENGTH = 2

/** Orders of the results page; without one the backend picks relevance (or newest when there is no text). */
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest", "stars", "best_selling"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** Filters that take a list of values, in the order the filter form shows them. */
export const SEARCH_LIST_FILTERS = ["category", "ocop_stars", "product_set", "province", "commune", "cooperative", "certifications"] as const
export type SearchListFilter = (typeof SEARCH_LIST_FILTERS)[number]

/** Orders of a category or collection page (no text, so no relevance); newest first by default. */
export const LISTING_SORTS = ["newest", "price_asc", "price_desc", "best_selling"] as const satisfies readonly SearchSort[]
export type ListingSort = (typeof LISTING_SORTS)[number]

/** Filters a category or collection page offers besides price and OCOP stars. */
export const LISTING_FILTERS = ["cooperative", "province"] as const satisfies readonly SearchListFilter[]

/** What a search is confined to on a catalogue page: a category, a collection, OCOP-certified products. */
export type SearchScope = { category?: string; collection?: string; ocopStars?: number[] }

/** The results page's search, filters, order and page as read from the URL; absent filters are empty. */
export type SearchQuery = {
  /** Trimmed search text; "" lists everything. */
  q: string
  filters: Record<SearchListFilter, string[]>
  /** Inclusive price bounds in whole đồng. */
  priceMin: number | null
  priceMax: number | null
  inStock: boolean
  /** null: the default order. */
  sort: SearchSort | null
  page: number
}

/** One choice of a filter, how many results have it and whether the shopper chose it. */
export type SearchFacetOptionView = {
  value: string
  /** The name to show when the backend sends one (categories, cooperatives); otherwise the page names it. */
  label: string | null
  /** null for a chosen value that no result has any more. */
  count: number | null
  selected: boolean
}

/** One page of results with the filter choices that narrow it. */
export type SearchResultsView = {
  products: ProductCardView[]
  total: number
  facets: Record<SearchListFilter, SearchFacetOptionView[]>
  /** How many results are in stock, when the backend counted them. */
  inStockCount: number | null
  /** Lowest and highest price among the results, in whole đồng. */
  priceRange: { min: number; max: number } | null
}

/** What the results page can show: results, or a search the backend refused (too long, malformed). */
export type SearchOutcome = { ok: true; results: SearchResultsView } | { ok: false; problem: "invalid_query" }

/** One instant suggestion under the header's search box. */
export type SearchSuggestionView = {
  id: string
  kind: SearchKind
  title: string
  /** A second line: a product's cooperative, a cooperative's place. */
  detail: string | null
  thumbnail: string | null
  /** Locale-free path the suggestion opens, e.g. "/products/mat-ong-bac-ha". */
  href: string
}

/** Suggestions for one text, grouped by kind. */
export type SearchSuggestionsView = Record<SearchKind, SearchSuggestionView[]>
