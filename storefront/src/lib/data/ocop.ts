import "server-only"
import { unstable_rethrow } from "next/navigation"
import type { AppLocale } from "../../i18n/routing"
import type { ListPage, OcopQuery, ProductCardView } from "../../types/views"
import { PAGE_SIZE, pageOffset } from "../util/pagination"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { errorStatus } from "./errors"
import { ocopListingIds, orderByIds, type StoreOcopProductList } from "./mappers/ocop"
import { listProductsByIds } from "./products"
import { getSdk } from "./sdk"

export { listOcopBadges } from "./ocop-badges"

/** Certified products on the home page's OCOP showcase. */
export const OCOP_SHOWCASE_COUNT = 4

type ListingRequest = Pick<OcopQuery, "minStars" | "sort"> & { categoryId?: string; limit: number; offset: number }

async function fetchOcopListing(request: ListingRequest): Promise<{ ids: string[]; count: number }> {
  const data = await getSdk().client.fetch<StoreOcopProductList>("/store/ocop/products", {
    query: {
      min_stars: request.minStars ?? undefined,
      category_id: request.categoryId,
      sort: request.sort,
      limit: request.limit,
      offset: request.offset,
    },
    next: catalogueCache(CACHE_TAGS.ocop),
  })
  const ids = ocopListingIds(data)
  return { ids, count: typeof data.count === "number" ? data.count : ids.length }
}

/**
 * One page (12) of visible products with an active OCOP badge, in the listing's order — `GET /store/ocop/products`
 * for the ids, then `GET /store/products?id[]=…` for the cards. `categoryId` narrows it to one category.
 */
export async function listOcopProducts(
  query: OcopQuery,
  locale: AppLocale,
  categoryId?: string
): Promise<ListPage<ProductCardView>> {
  const { ids, count } = await fetchOcopListing({ ...query, categoryId, limit: PAGE_SIZE, offset: pageOffset(query.page) })
  return { items: orderByIds(ids, await listProductsByIds(ids, locale)), count }
}

/**
 * A few of the best-rated (4–5★) products for the home page. The showcase is an extra: when OCOP data cannot
 * be read the home page opens without it.
 */
export async function listOcopShowcase(locale: AppLocale): Promise<ProductCardView[]> {
  try {
    const { ids } = await fetchOcopListing({ minStars: 4, sort: "stars_desc", limit: OCOP_SHOWCASE_COUNT, offset: 0 })
    return orderByIds(ids, await listProductsByIds(ids, locale))
  } catch (error) {
    unstable_rethrow(error)
    console.error(`The OCOP showcase could not be read (status ${errorStatus(error) ?? "none"}); the home page opens without it.`)
    return []
  }
}
