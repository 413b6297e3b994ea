import "server-only"
import { unstable_rethrow } from "next/navigation"
import type { AppLocale } from "../../i18n/routing"
import type { OcopBadgeView } from "../../types/views"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { errorStatus } from "./errors"
import { toOcopBadgeMap, withOcopBadges } from "./mappers/ocop"
import { getSdk } from "./sdk"

/** Most products one badge request may name (the store API's limit). */
export const MAX_BADGE_PRODUCTS = 100

/**
 * Active OCOP badges of some products, by product id — one `GET /store/ocop/badges?product_id=…` call.
 * A badge is a trust mark, not the page's content: when the call fails the products simply show none.
 */
export async function listOcopBadges(productIds: string[], locale: AppLocale): Promise<Map<string, OcopBadgeView>> {
  // Sorted so that the same products always make the same URL, and so the same cache entry.
  const ids = [...new Set(productIds.filter((id) => id !== ""))].sort().slice(0, MAX_BADGE_PRODUCTS)
  if (ids.length === 0) return new Map()
  const search = new URLSearchParams(ids.map((id) => ["product_id", id]))
  try {
    const data = await getSdk().client.fetch<unknown>(`/store/ocop/badges?${search.toString()}`, {
      next: catalogueCache(CACHE_TAGS.ocop),
    })
    return toOcopBadgeMap(data, locale)
  } catch (error) {
    // Next's own signals (e.g. a page switching to dynamic rendering) must pass through.
    unstable_rethrow(error)
    console.error(`OCOP badges could not be read (status ${errorStatus(error) ?? "none"}); products are shown without them.`)
    return new Map()
  }
}

/** The same products (cards or a product page) with their active OCOP badge attached. */
export async function attachOcopBadges<T extends { id: string; ocop?: OcopBadgeView }>(items: T[], locale: AppLocale): Promise<T[]> {
  if (items.length === 0) return items
  return withOcopBadges(items, await listOcopBadges(items.map((item) => item.id), locale))
}
