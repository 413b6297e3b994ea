import { getTranslations } from "next-intl/server"
import type { Messages } from "@/i18n/messages"
import type { SearchFacetOptionView, SearchListFilter } from "@/lib/data/search-views"
import type { CertificationKind } from "@/lib/data/traceability-views"

type ProductSetKey = keyof Messages["Search"]["productSets"]

/** How a filter value reads: in a filter's list of choices, or on the chip that removes it. */
export type FilterLabeler = (filter: SearchListFilter, option: Pick<SearchFacetOptionView, "value" | "label">, place: "option" | "chip") => string

/**
 * Names filter values for shoppers: stars, OCOP product sets and certifications from the message files,
 * categories and cooperatives by the names the backend sends, provinces and communes as they are written.
 */
export async function getFilterLabeler(): Promise<FilterLabeler> {
  const [t, tTrace] = await Promise.all([getTranslations("Search"), getTranslations("Trace")])
  return (filter, { value, label }, place) => {
    switch (filter) {
      case "ocop_stars":
        return place === "chip" ? t("chip.ocop_stars", { stars: value }) : t("stars", { stars: value })
      case "product_set":
        // The query parser only lets 1–26 through, so the value is always one of the message keys.
        return t(`productSets.${value as ProductSetKey}`)
      case "certifications":
        return tTrace(`certificationKinds.${value as CertificationKind}`)
      default:
        return label ?? value
    }
  }
}
