import type { AppLocale } from "../../../i18n/routing"
import type { ProductCardView } from "../../../types/views"
import { formatMoney } from "../../util/money"
import {
  SEARCH_LIST_FILTERS,
  type SearchFacetOptionView,
  type SearchKind,
  type SearchListFilter,
  type SearchQuery,
  type SearchResultsView,
  type SearchSuggestionView,
} from "../search-views"
import { formatAddress, textOrNull } from "./cooperative"
import { pickLocalized } from "./localize"
import { normalizeFilterValue } from "./search-query"

/** One hit of `GET /store/search`, as docs/search-api.md describes it; read defensively. */
export type StoreSearchHit = {
  id?: unknown
  kind?: unknown
  handle?: unknown
  title_vi?: unknown
  title_en?: unknown
  subtitle_vi?: unknown
  subtitle_en?: unknown
  thumbnail?: unknown
  ocop_stars?: unknown
  province?: unknown
  commune?: unknown
  cooperative?: unknown
  cooperative_name?: unknown
  price_vnd?: unknown
  price_usd?: unknown
  in_stock?: unknown
}

/** One facet value; categories and cooperatives also carry their names. */
export type StoreSearchFacetCount = { value?: unknown; count?: unknown; label_vi?: unknown; label_en?: unknown }

/** `GET /store/search`. */
export type StoreSearchResponse = {
  hits?: StoreSearchHit[] | null
  facets?: Record<string, unknown> | null
  total?: unknown
}

/** Shop locale and the region's currency, which decides which of a hit's prices is shown. */
export type SearchMappingContext = { locale: AppLocale; currencyCode: string }

function hitsOf(data: StoreSearchResponse | null | undefined): StoreSearchHit[] {
  return Array.isArray(data?.hits) ? data.hits.filter((hit) => typeof hit === "object" && hit !== null) : []
}

// The shop's language when the index has it, else whichever name there is.
function localized(locale: AppLocale, vietnamese: unknown, english: unknown): string | null {
  const en = textOrNull(english)
  return pickLocalized(locale, textOrNull(vietnamese), en) ?? en
}

function amount(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null
}

/** A hit's price in the region's currency: the index holds đồng and dollars; other currencies show no price. */
export function hitPrice(hit: StoreSearchHit, currencyCode: string): number | null {
  const currency = currencyCode.toLowerCase()
  if (currency === "vnd") return amount(hit.price_vnd)
  if (currency === "usd") return amount(hit.price_usd)
  return null
}

/** Maps a product hit to the card listings use; null when it lacks an id, handle or title. */
export function toSearchProductCard(hit: StoreSearchHit, ctx: SearchMappingContext): ProductCardView | null {
  const id = textOrNull(hit.id)
  const handle = textOrNull(hit.handle)
  const title = localized(ctx.locale, hit.title_vi, hit.title_en)
  if (!id || !handle || !title) return null
  const price = hitPrice(hit, ctx.currencyCode)
  const cooperativeHandle = textOrNull(hit.cooperative)
  const cooperativeName = textOrNull(hit.cooperative_name)
  return {
    id,
    handle,
    title,
    thumbnail: textOrNull(hit.thumbnail),
    priceLabel: price === null ? null : formatMoney(price, ctx.currencyCode, ctx.locale),
    // The index keeps the cheapest variant only, so the card cannot tell whether others cost more.
    priceVaries: false,
    inStock: hit.in_stock !== false,
    cooperative: cooperativeHandle && cooperativeName ? { handle: cooperativeHandle, name: cooperativeName } : undefined,
  }
}

function facetOptions(raw: unknown, filter: SearchListFilter, selected: string[], locale: AppLocale): SearchFacetOptionView[] {
  const counts = Array.isArray(raw) ? (raw as (StoreSearchFacetCount | null)[]) : []
  const options = new Map<string, SearchFacetOptionView>()
  for (const facet of counts) {
    const value = typeof facet?.value === "string" || typeof facet?.value === "number" ? normalizeFilterValue(filter, String(facet.value)) : null
    if (!facet || !value || typeof facet.count !== "number" || options.has(value)) continue
    options.set(value, { value, label: localized(locale, facet.label_vi, facet.label_en), count: facet.count, selected: selected.includes(value) })
  }
  // A chosen value no result has any more still shows, ticked, so the form tells the truth and can undo it.
  const missing = selected.filter((value) => !options.has(value)).map((value) => ({ value, label: null, count: null, selected: true }))
  const list = [...missing, ...options.values()]
  // Stars read best first; every other facet keeps the backend's most-frequent-first order.
  return filter === "ocop_stars" ? list.sort((a, b) => Number(b.value) - Number(a.value)) : list
}

function inStockCount(raw: unknown): number | null {
  const counts = Array.isArray(raw) ? (raw as (StoreSearchFacetCount | null)[]) : []
  const yes = counts.find((facet) => facet?.value === "true" || facet?.value === true)
  return typeof yes?.count === "number" ? yes.count : null
}

function priceRange(raw: unknown): SearchResultsView["priceRange"] {
  const range = (typeof raw === "object" && raw !== null ? raw : {}) as { min?: unknown; max?: unknown }
  const min = amount(range.min)
  const max = amount(range.max)
  return min !== null && max !== null ? { min, max } : null
}

/** Maps a results page: product cards, the total and each filter's choices with the shopper's ticked. */
export function toSearchResultsView(data: StoreSearchResponse, query: SearchQuery, ctx: SearchMappingContext): SearchResultsView {
  const products = hitsOf(data).flatMap((hit) => {
    const card = hit.kind === undefined || hit.kind === "product" ? toSearchProductCard(hit, ctx) : null
    return card ? [card] : []
  })
  const facets = data.facets ?? {}
  return {
    products,
    total: typeof data.total === "number" && data.total >= 0 ? data.total : products.length,
    facets: Object.fromEntries(
      SEARCH_LIST_FILTERS.map((filter) => [filter, facetOptions(facets[filter], filter, query.filters[filter], ctx.locale)])
    ) as SearchResultsView["facets"],
    inStockCount: inStockCount(facets.in_stock),
    priceRange: priceRange(facets.price),
  }
}

/** Where a suggestion leads: a product or cooperative page, or the results for the text within a category. */
export function suggestionHref(kind: SearchKind, handle: string, q: string): string {
  if (kind === "product") return `/products/${encodeURIComponent(handle)}`
  if (kind === "cooperative") return `/cooperatives/${encodeURIComponent(handle)}`
  return `/search?${new URLSearchParams({ q, category: handle }).toString()}`
}

/** Maps one hit to a suggestion of the kind asked for; null for another kind or a hit without a handle or title. */
export function toSearchSuggestion(hit: StoreSearchHit, kind: SearchKind, q: string, locale: AppLocale): SearchSuggestionView | null {
  const id = textOrNull(hit.id)
  const handle = textOrNull(hit.handle)
  const title = localized(locale, hit.title_vi, hit.title_en)
  if ((hit.kind !== undefined && hit.kind !== kind) || !id || !handle || !title) return null
  const detail =
    kind === "product" ? textOrNull(hit.cooperative_name) : kind === "cooperative" ? formatAddress(hit.commune, hit.province) : null
  return { id, kind, title, detail, thumbnail: kind === "category" ? null : textOrNull(hit.thumbnail), href: suggestionHref(kind, handle, q) }
}

/** Maps one kind's answer to its suggestions, in the backend's order, without repeats. */
export function toSearchSuggestions(data: StoreSearchResponse, kind: SearchKind, q: string, locale: AppLocale): SearchSuggestionView[] {
  const seen = new Set<string>()
  return hitsOf(data).flatMap((hit) => {
    const suggestion = toSearchSuggestion(hit, kind, q, locale)
    if (!suggestion || seen.has(suggestion.id)) return []
    seen.add(suggestion.id)
    return [suggestion]
  })
}
