import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import type { RegionView } from "../../types/views"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { getRegionIdCookie } from "./cookies"
import { pickRegion, toRegionView } from "./mappers/region"
import { getSdk } from "./sdk"

/** All regions — `GET /store/regions` (cached 30 s). */
export async function listRegions(): Promise<RegionView[]> {
  const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 50 },
    next: catalogueCache(CACHE_TAGS.regions),
  })
  return regions.map(toRegionView)
}

/** The shopper's region for prices and carts (cookie `htx_region_id`, else Việt Nam); once per request. */
export const getCurrentRegion = cache(async (): Promise<RegionView> => {
  const region = pickRegion(await listRegions(), await getRegionIdCookie())
  if (!region) {
    throw new Error("The store API returned no regions: create the Việt Nam region (currency vnd, country vn) in the backend.")
  }
  return region
})
