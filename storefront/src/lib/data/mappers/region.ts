import type { HttpTypes } from "@medusajs/types"
import type { RegionView } from "../../../types/views"

/** Country whose region is the default: the shop sells from Vietnam, in đồng. */
export const HOME_COUNTRY = "vn"

/** Maps a store region to the fields the storefront uses. */
export function toRegionView(region: HttpTypes.StoreRegion): RegionView {
  return {
    id: region.id,
    name: region.name,
    currencyCode: region.currency_code,
    countryCodes: (region.countries ?? []).map((c) => c.iso_2 ?? "").filter(Boolean),
  }
}

/** The one place that picks the shopper's region: the remembered one if it still exists, else Vietnam's, else the first. */
export function pickRegion(regions: RegionView[], preferredId: string | undefined): RegionView | undefined {
  return (
    regions.find((r) => r.id === preferredId) ??
    regions.find((r) => r.countryCodes.includes(HOME_COUNTRY)) ??
    regions[0]
  )
}
