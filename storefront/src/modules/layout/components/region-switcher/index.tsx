import { getTranslations } from "next-intl/server"
import { getCurrentRegion, listRegions } from "@/lib/data/regions"
import RegionSelect from "./region-select"

/** Header control "ship to": Việt Nam (prices in đồng) or abroad (US dollars); the choice moves the cart too. */
export default async function RegionSwitcher() {
  const [t, regions, current] = await Promise.all([getTranslations("RegionSwitcher"), listRegions(), getCurrentRegion()])
  if (regions.length < 2) return null
  const options = regions.map((region) => ({
    id: region.id,
    label: region.countryCodes.includes("vn") ? t("vietnam") : t("abroad", { currency: region.currencyCode.toUpperCase() }),
  }))
  return <RegionSelect options={options} currentId={current.id} label={t("label")} apply={t("apply")} />
}
