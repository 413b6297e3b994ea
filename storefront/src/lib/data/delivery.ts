import "server-only"
import { unstable_rethrow } from "next/navigation"
import type { AppLocale } from "../../i18n/routing"
import type { DeliveryOptionView } from "../../types/views"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { errorStatus } from "./errors"
import { storeDeliveryOptions, toDeliveryOptionViews } from "./mappers/delivery"
import { getCurrentRegion } from "./regions"
import { getSdk } from "./sdk"

/**
 * How a cooperative's products reach the shopper of the current region (cookie region, else Việt Nam) —
 * `GET /store/cooperatives/:handle/shipping-options?region_id=…` (cached with the cooperatives; the dates are computed per
 * request). Null when it cannot be read: the estimate helps a shopper decide, the page stands without it.
 */
export async function listDeliveryOptions(cooperativeHandle: string, locale: AppLocale): Promise<DeliveryOptionView[] | null> {
  const region = await getCurrentRegion()
  try {
    const data = await getSdk().client.fetch<unknown>(`/store/cooperatives/${encodeURIComponent(cooperativeHandle)}/shipping-options`, {
      query: { region_id: region.id },
      next: catalogueCache(CACHE_TAGS.cooperatives),
    })
    return toDeliveryOptionViews(storeDeliveryOptions.parse(data), locale, new Date())
  } catch (error) {
    // Next's own signals (e.g. a page switching to dynamic rendering) must pass through.
    unstable_rethrow(error)
    console.error(`Delivery options of ${cooperativeHandle} could not be read (status ${errorStatus(error) ?? "none"}); the product page shows none.`)
    return null
  }
}
