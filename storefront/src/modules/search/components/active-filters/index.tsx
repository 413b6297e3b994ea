import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { type ActiveSearchFilter, activeFilters, searchQueryParams, withoutAnyFilter, withoutFilter } from "@/lib/data/mappers/search-query"
import type { SearchQuery, SearchResultsView } from "@/lib/data/search-views"
import { formatMoney } from "@/lib/util/money"
import { getFilterLabeler } from "../../filter-labels"
import styles from "./styles.module.css"

type Props = {
  query: SearchQuery
  facets: SearchResultsView["facets"]
  /** The page the chips lead back to, and its URL parameters for a query (the results page's by default). */
  pathname?: string
  toParams?: (query: SearchQuery) => Record<string, string>
}

function chipKey(active: ActiveSearchFilter): string {
  return "value" in active ? `${active.filter}:${active.value}` : active.filter
}

/** The filters in use as chips; each chip is a link to the same results without it. */
export default async function ActiveFilters({ query, facets, pathname = "/search", toParams = searchQueryParams }: Props) {
  const active = activeFilters(query)
  if (active.length === 0) return null
  const [t, locale, label] = await Promise.all([getTranslations("Search"), getLocale(), getFilterLabeler()])

  const chipLabel = (chip: ActiveSearchFilter): string => {
    if (chip.filter === "in_stock") return t("chip.in_stock")
    if (chip.filter === "price_min" || chip.filter === "price_max") {
      return t(`chip.${chip.filter}`, { price: formatMoney(chip.value, "vnd", locale) })
    }
    const value = String(chip.value)
    const option = facets[chip.filter].find((o) => o.value === value)
    return label(chip.filter, { value, label: option?.label ?? null }, "chip")
  }

  return (
    <div className={styles.bar}>
      <ul className={styles.chips} aria-label={t("activeLabel")}>
        {active.map((chip) => {
          const text = chipLabel(chip)
          return (
            <li key={chipKey(chip)}>
              <Link
                href={{ pathname, query: toParams(withoutFilter(query, chip)) }}
                className={styles.chip}
                aria-label={t("removeFilter", { label: text })}
                data-testid="search-chip"
                data-filter={chip.filter}
                data-value={"value" in chip ? String(chip.value) : "true"}
              >
                <span>{text}</span>
                <span aria-hidden="true" className={styles.remove}>
                  ×
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
      {active.length > 1 && (
        <Link href={{ pathname, query: toParams(withoutAnyFilter(query)) }} className={styles.clear} data-testid="search-chips-clear">
          {t("clearAll")}
        </Link>
      )}
    </div>
  )
}
