import { parsePageParam } from "../../util/pagination"
import { isProvince } from "../../util/provinces"
import {
  SEARCH_LIST_FILTERS,
  SEARCH_SORTS,
  type SearchKind,
  type SearchListFilter,
  type SearchQuery,
  type SearchScope,
  type SearchSort,
} from "../search-views"
import { CERTIFICATION_KINDS } from "../traceability-views"
import { toOcopStars } from "./ocop"

/** Results per page of the results page. */
export const SEARCH_PAGE_SIZE = 24
/** Furthest offset the backend pages to, so the last page a shopper can reach. */
export const MAX_SEARCH_OFFSET = 1000
export const MAX_SEARCH_PAGE = Math.floor(MAX_SEARCH_OFFSET / SEARCH_PAGE_SIZE) + 1
// More values than anyone ticks; it keeps a hand-made URL from becoming a huge backend request.
const MAX_VALUES_PER_FILTER = 20
const MAX_VALUE_LENGTH = 100
// Ten thousand billion đồng: above any price, below what a number holds exactly.
const MAX_PRICE = 10_000_000_000_000

/** Facets the results page asks for: every list filter, stock and the price range. */
export const RESULT_FACETS = [...SEARCH_LIST_FILTERS, "in_stock", "price"] as const

type SearchParams = Record<string, string | string[] | undefined>

const HANDLE = /^[a-z0-9][a-z0-9_-]*$/i
const PRODUCT_SET_COUNT = 26

function normalizeText(value: string): string | null {
  const text = value.normalize("NFC").trim()
  return text !== "" && text.length <= MAX_VALUE_LENGTH ? text : null
}

// Each filter's rule for one URL value: its canonical form, or null to leave it out.
const VALUE_RULES: Record<SearchListFilter, (value: string) => string | null> = {
  category: (value) => (HANDLE.test(value.trim()) ? value.trim() : null),
  cooperative: (value) => (HANDLE.test(value.trim()) ? value.trim() : null),
  ocop_stars: (value) => {
    const stars = toOcopStars(value)
    return stars ? String(stars) : null
  },
  product_set: (value) => {
    const code = /^\d{1,2}$/.test(value.trim()) ? Number(value.trim()) : 0
    return code >= 1 && code <= PRODUCT_SET_COUNT ? String(code) : null
  },
  province: (value) => (isProvince(value) ? value.normalize("NFC").trim() : null),
  commune: normalizeText,
  certifications: (value) => CERTIFICATION_KINDS.find((kind) => kind === value.trim()) ?? null,
}

function allValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** One value of a list filter in its canonical form ("04" stars → null, " che" → "che"), or null when unknown. */
export function normalizeFilterValue(filter: SearchListFilter, value: string): string | null {
  return VALUE_RULES[filter](value)
}

/** A list filter's values: repeated parameters and comma lists alike, unknown values and repeats left out. */
export function parseListParam(filter: SearchListFilter, value: string | string[] | undefined): string[] {
  const values = allValues(value)
    .flatMap((v) => v.split(","))
    .map((v) => normalizeFilterValue(filter, v))
    .filter((v): v is string => v !== null)
  return [...new Set(values)].slice(0, MAX_VALUES_PER_FILTER)
}

/** A price bound in whole đồng as people type it ("100.000", "100 000 ₫"); null when it is not a number. */
export function parsePriceParam(value: string | string[] | undefined): number | null {
  const raw = allValues(value)[0]?.replace(/[\s.,₫đ]/giu, "") ?? ""
  if (!/^\d+$/.test(raw)) return null
  const price = Number(raw)
  return price <= MAX_PRICE ? price : null
}

function firstText(value: string | string[] | undefined): string {
  return (allValues(value)[0] ?? "").normalize("NFC").trim()
}

/**
 * Reads the results page's URL leniently: unknown filter values, orders and pages are left out rather than
 * refused, so an old or hand-made link still shows results. The text is kept whole: the backend judges it.
 */
export function parseSearchQuery(params: SearchParams): SearchQuery {
  const filters = Object.fromEntries(SEARCH_LIST_FILTERS.map((f) => [f, parseListParam(f, params[f])])) as SearchQuery["filters"]
  let priceMin = parsePriceParam(params.price_min)
  let priceMax = parsePriceParam(params.price_max)
  // A range typed the wrong way round still means the same range.
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  const sort = firstText(params.sort)
  const inStock = firstText(params.in_stock)
  return {
    q: firstText(params.q),
    filters,
    priceMin,
    priceMax,
    inStock: inStock === "true" || inStock === "1" || inStock === "on",
    sort: SEARCH_SORTS.find((s) => s === sort) ?? null,
    page: parsePageParam(params.page),
  }
}

/** Whether the shopper narrowed the results by anything but the text. */
export function hasFilters(query: SearchQuery): boolean {
  return SEARCH_LIST_FILTERS.some((f) => query.filters[f].length > 0) || query.priceMin !== null || query.priceMax !== null || query.inStock
}

/** The search, filters and order as URL parameters (no page, lists comma-joined), e.g. for page links. */
export function searchQueryParams(query: SearchQuery): Record<string, string> {
  const params: Record<string, string> = {}
  if (query.q) params.q = query.q
  for (const filter of SEARCH_LIST_FILTERS) {
    if (query.filters[filter].length > 0) params[filter] = query.filters[filter].join(",")
  }
  if (query.priceMin !== null) params.price_min = String(query.priceMin)
  if (query.priceMax !== null) params.price_max = String(query.priceMax)
  if (query.inStock) params.in_stock = "true"
  if (query.sort) params.sort = query.sort
  return params
}

/** One filter the shopper has set, as a chip can show and remove it. */
export type ActiveSearchFilter =
  | { filter: SearchListFilter; value: string }
  | { filter: "price_min" | "price_max"; value: number }
  | { filter: "in_stock" }

/** Every filter set in a query, in the filter form's order. */
export function activeFilters(query: SearchQuery): ActiveSearchFilter[] {
  const active: ActiveSearchFilter[] = SEARCH_LIST_FILTERS.flatMap((filter) => query.filters[filter].map((value) => ({ filter, value })))
  if (query.priceMin !== null) active.push({ filter: "price_min", value: query.priceMin })
  if (query.priceMax !== null) active.push({ filter: "price_max", value: query.priceMax })
  if (query.inStock) active.push({ filter: "in_stock" })
  return active
}

/** The same query without one filter, back on its first page. */
export function withoutFilter(query: SearchQuery, active: ActiveSearchFilter): SearchQuery {
  const next: SearchQuery = { ...query, filters: { ...query.filters }, page: 1 }
  if (active.filter === "price_min") next.priceMin = null
  else if (active.filter === "price_max") next.priceMax = null
  else if (active.filter === "in_stock") next.inStock = false
  else next.filters[active.filter] = query.filters[active.filter].filter((value) => value !== active.value)
  return next
}

/** The same text with every filter removed (the order is kept). */
export function withoutAnyFilter(query: SearchQuery): SearchQuery {
  const filters = Object.fromEntries(SEARCH_LIST_FILTERS.map((f) => [f, []])) as unknown as SearchQuery["filters"]
  return { ...query, filters, priceMin: null, priceMax: null, inStock: false, page: 1 }
}

/** One call of `GET /store/search`, in the storefront's terms. */
export type SearchRequest = {
  kind: SearchKind
  q: string
  query?: Pick<SearchQuery, "filters" | "priceMin" | "priceMax" | "inStock">
  /** What the page itself confines the search to (a category page's category), on top of the shopper's filters. */
  scope?: SearchScope
  facets?: readonly string[]
  sort?: SearchSort | null
  limit: number
  offset?: number
}

/** The URL parameters of `GET /store/search` for a request: lists as `filters[f][]=…`, defaults left out. */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams()
  if (request.q) params.set("q", request.q)
  params.set("kind", request.kind)
  const { query } = request
  if (query) {
    for (const filter of SEARCH_LIST_FILTERS) {
      for (const value of query.filters[filter]) params.append(`filters[${filter}][]`, value)
    }
    if (query.priceMin !== null) params.set("filters[price_min]", String(query.priceMin))
    if (query.priceMax !== null) params.set("filters[price_max]", String(query.priceMax))
    if (query.inStock) params.set("filters[in_stock]", "true")
  }
  const { scope } = request
  if (scope?.category) params.append("filters[category][]", scope.category)
  if (scope?.collection) params.append("filters[collection][]", scope.collection)
  for (const stars of scope?.ocopStars ?? []) params.append("filters[ocop_stars][]", String(stars))
  if (request.facets && request.facets.length > 0) params.set("facets", request.facets.join(","))
  if (request.sort) params.set("sort", request.sort)
  params.set("limit", String(request.limit))
  if (request.offset) params.set("offset", String(request.offset))
  return params
}
