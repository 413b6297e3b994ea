import "server-only"
import type { AppLocale } from "../../i18n/routing"
import type { CooperativeView } from "../../types/views"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { isNotFoundError } from "./errors"
import { type StoreCooperative, toCooperativeView } from "./mappers/cooperative"
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
