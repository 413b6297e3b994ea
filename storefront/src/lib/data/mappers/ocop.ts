import type { AppLocale } from "../../../i18n/routing"
import type { OcopBadgeView, OcopQuery, OcopSort, OcopStars, OcopSummaryView } from "../../../types/views"
import { parsePageParam } from "../../util/pagination"
import { textOrNull } from "./cooperative"

/** One of the 26 OCOP product sets, as the store API sends it. */
export type StoreOcopProductSet = { code?: unknown; group?: unknown; name_vi?: unknown; name_en?: unknown }

/** One entry of `GET /store/ocop/badges` → `badges`. */
export type StoreOcopBadge = {
  product_id?: unknown
  stars?: unknown
  potential_five_star?: unknown
  product_set?: StoreOcopProductSet | null
  expires_on?: unknown
}

/** `GET /store/ocop/products` → ids in the listing's order, with their stars. */
export type StoreOcopProductList = { products?: { id?: unknown }[] | null; count?: unknown }

/** Orders the OCOP listing offers; the first is the default. */
export const OCOP_SORTS: readonly OcopSort[] = ["stars_desc", "stars_asc", "newest"]

/** Star filters the listings offer, lowest first. */
export const OCOP_STAR_FILTERS: readonly OcopStars[] = [3, 4, 5]

const DAY = /^(\d{4}-\d{2}-\d{2})(T|$)/

/** Stars when the value is 3, 4 or 5 (also as text, as a URL carries it); null otherwise. */
export function toOcopStars(value: unknown): OcopStars | null {
  const number = typeof value === "string" && /^\d$/.test(value.trim()) ? Number(value.trim()) : value
  return number === 3 || number === 4 || number === 5 ? number : null
}

/**
 * Maps one store badge to what a shopper sees, naming its product set in the shop's language; null when the
 * badge lacks what the mark needs (its product, stars 3–5 or an expiry day), so a bad row shows no badge.
 */
export function toOcopBadgeView(badge: StoreOcopBadge, locale: AppLocale): OcopBadgeView | null {
  const stars = toOcopStars(badge.stars)
  const expiresOn = typeof badge.expires_on === "string" ? DAY.exec(badge.expires_on)?.[1] : undefined
  if (!stars || !expiresOn) return null
  const set = badge.product_set ?? {}
  const nameVi = textOrNull(set.name_vi)
  const nameEn = textOrNull(set.name_en)
  return {
    stars,
    // The programme grants "potential 5★" to 4★ products only.
    potentialFiveStar: stars === 4 && badge.potential_five_star === true,
    productSetCode: typeof set.code === "number" ? set.code : Number(set.code) || 0,
    productSetName: (locale === "en" ? (nameEn ?? nameVi) : (nameVi ?? nameEn)) ?? "",
    expiresOn,
  }
}

/** How a badge ranks: more stars first, and "potential 5★" above a plain 4★. */
export function ocopBadgeRank(badge: Pick<OcopBadgeView, "stars" | "potentialFiveStar">): number {
  return badge.stars * 2 + (badge.potentialFiveStar ? 1 : 0)
}

/** Maps `GET /store/ocop/badges` to each product's badge; if a product appears twice, its best badge wins. */
export function toOcopBadgeMap(data: unknown, locale: AppLocale): Map<string, OcopBadgeView> {
  const badges = (data as { badges?: unknown } | null)?.badges
  const map = new Map<string, OcopBadgeView>()
  if (!Array.isArray(badges)) return map
  for (const raw of badges as StoreOcopBadge[]) {
    const productId = textOrNull(raw?.product_id)
    const view = raw && productId ? toOcopBadgeView(raw, locale) : null
    if (!productId || !view) continue
    const current = map.get(productId)
    if (!current || ocopBadgeRank(view) > ocopBadgeRank(current)) map.set(productId, view)
  }
  return map
}

/** The same items with their badge attached where one exists; the others are returned unchanged. */
export function withOcopBadges<T extends { id: string; ocop?: OcopBadgeView }>(items: T[], badges: Map<string, OcopBadgeView>): T[] {
  return items.map((item) => {
    const ocop = badges.get(item.id)
    return ocop ? { ...item, ocop } : item
  })
}

/** Product ids of an OCOP listing page, in the listing's order, without blanks or repeats. */
export function ocopListingIds(data: StoreOcopProductList): string[] {
  const ids = (data.products ?? []).map((p) => textOrNull(p?.id)).filter((id): id is string => id !== null)
  return [...new Set(ids)]
}

/**
 * Puts loaded products in the listing's order. Products the catalogue did not return (unpublished since the
 * listing was read) are left out rather than shown as holes.
 */
export function orderByIds<T extends { id: string }>(ids: string[], items: T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  return ids.flatMap((id) => {
    const item = byId.get(id)
    return item ? [item] : []
  })
}

/** A cooperative's OCOP standing from its products' badges; null when none of them has one. */
export function summarizeOcop(products: { ocop?: OcopBadgeView }[]): OcopSummaryView | null {
  const badges = products.flatMap((p) => (p.ocop ? [p.ocop] : []))
  const [first, ...rest] = badges
  if (!first) return null
  const best = rest.reduce((top, badge) => (ocopBadgeRank(badge) > ocopBadgeRank(top) ? badge : top), first)
  return { best, productCount: badges.length }
}

type SearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `?min_stars=` of a listing: 3, 4 or 5; anything else (absent, "all", "7", "abc") means no star filter. */
export function parseMinStarsParam(value: string | string[] | undefined): OcopStars | null {
  return toOcopStars(first(value))
}

/** Reads the OCOP listing's URL leniently: an unknown star filter means all, an unknown order the default. */
export function parseOcopQuery(params: SearchParams): OcopQuery {
  const sort = first(params.sort)
  return {
    minStars: parseMinStarsParam(params.min_stars),
    sort: OCOP_SORTS.find((s) => s === sort) ?? "stars_desc",
    page: parsePageParam(params.page),
  }
}

/** The filter and order of an OCOP query as URL parameters (no page, defaults left out), e.g. for page links. */
export function ocopQueryParams(query: Pick<OcopQuery, "minStars"> & Partial<Pick<OcopQuery, "sort">>): Record<string, string> {
  const params: Record<string, string> = {}
  if (query.minStars) params.min_stars = String(query.minStars)
  if (query.sort && query.sort !== "stars_desc") params.sort = query.sort
  return params
}
