import "server-only"
import type { AppLocale } from "../../i18n/routing"
import type { CooperativeView, DirectoryQuery, DirectoryView, SellerStatsView } from "../../types/views"
import { PAGE_SIZE, pageOffset } from "../util/pagination"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { isNotFoundError } from "./errors"
import { type StoreCooperative, toCooperativeView } from "./mappers/cooperative"
import { directoryFilterParams, type StoreCooperativeList, toDirectoryView } from "./mappers/directory"
import { summarizeOcop } from "./mappers/ocop"
import { listOcopBadges } from "./ocop-badges"
import { getSdk } from "./sdk"

/** A cooperative by URL handle, or null when the backend answers 404 — `GET /store/cooperatives/:handle`. */
export async function getCooperativeByHandle(handle: string, locale: AppLocale): Promise<CooperativeView | null> {
  try {
    const { cooperative } = await getSdk().client.fetch<{ cooperative: StoreCooperative }>(
      `/store/cooperatives/${encodeURIComponent(handle)}`,
      { next: catalogueCache(CACHE_TAGS.cooperatives) }
    )
    return toCooperativeView(cooperative, locale)
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

/** One page (12) of the public directory with its filter choices — `GET /store/cooperatives?q=…&commune=…`. */
export async function listCooperatives(query: DirectoryQuery): Promise<DirectoryView> {
  const list = await getSdk().client.fetch<StoreCooperativeList>("/store/cooperatives", {
    query: { ...directoryFilterParams(query), limit: PAGE_SIZE, offset: pageOffset(query.page) },
    next: catalogueCache(CACHE_TAGS.cooperatives),
  })
  return toDirectoryView(list)
}

/**
 * What a product page's seller card adds to the seller's identity: how many products the cooperative sells and its OCOP
 * standing — `GET /store/cooperatives/:handle` and `GET /store/ocop/badges` (both cached); null for an unknown cooperative.
 */
export async function getSellerStats(handle: string, locale: AppLocale): Promise<SellerStatsView | null> {
  const cooperative = await getCooperativeByHandle(handle, locale)
  if (!cooperative) return null
  const badges = await listOcopBadges(cooperative.productIds, locale)
  return { productCount: cooperative.productIds.length, ocop: summarizeOcop([...badges.values()].map((ocop) => ({ ocop }))) }
}
