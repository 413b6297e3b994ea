import type { ReactNode } from "react"
import { getLocale, getTranslations } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import { hasFilters, searchQueryParams, withoutAnyFilter } from "@/lib/data/mappers/search-query"
import { SEARCH_LIST_FILTERS, type SearchListFilter, type SearchQuery, type SearchResultsView } from "@/lib/data/search-views"
import { formatMoney } from "@/lib/util/money"
import { getFilterLabeler } from "../../filter-labels"
import PriceFields from "./price-fields"
import styles from "./styles.module.css"

/** The id of the filter form, which the sort control outside it submits too. */
export const SEARCH_FORM_ID = "search-filters"

// Shown open at first: the filters most shoppers reach for. Others open when they hold a choice.
const OPEN_BY_DEFAULT: readonly SearchListFilter[] = ["category", "ocop_stars"]

type Props = {
  query: SearchQuery
  results: SearchResultsView
  /** The page the form reloads: the results page, or a category's or collection's own page. */
  pathname?: string
  /** The list filters offered, in order (every one on the results page). */
  filters?: readonly SearchListFilter[]
  /** Whether the "in stock" filter is offered. */
  showStock?: boolean
  /** What "clear" leads to: the same page without filters; the results page's own rule by default. */
  clearQuery?: Record<string, string>
  /** Whether a filter is set, when the page has filters of its own (a star floor); otherwise read from the query. */
  filtered?: boolean
  /** Filter groups shown open even without a choice. */
  open?: readonly SearchListFilter[]
  /** Fields of the page's own, shown first (a category page's star floor). */
  children?: ReactNode
}

/** Every filter as a plain GET form, so the results can be narrowed before, or without, JavaScript. */
export default async function SearchFilters({ query, results, pathname = "/search", filters = SEARCH_LIST_FILTERS, showStock = true, clearQuery, filtered, open = OPEN_BY_DEFAULT, children }: Props) {
  const [t, locale, label] = await Promise.all([getTranslations("Search"), getLocale(), getFilterLabeler()])
  const { facets, inStockCount, priceRange } = results

  return (
    <form
      id={SEARCH_FORM_ID}
      method="get"
      action={getPathname({ href: pathname, locale })}
      aria-label={t("filtersLabel")}
      className={styles.form}
      data-testid="search-filters"
    >
      {query.q && <input type="hidden" name="q" value={query.q} />}
      {children}
      {filters.map((filter) => {
        const options = facets[filter]
        if (options.length === 0) return null
        const chosen = options.filter((o) => o.selected).length
        return (
          <details key={filter} className={styles.group} open={chosen > 0 || open.includes(filter)} data-testid={`search-facet-${filter}`}>
            <summary className={styles.summary}>
              {t(`facets.${filter}`)}
              {chosen > 0 && <span className={styles.chosen}> ({chosen})</span>}
            </summary>
            <fieldset className={styles.fieldset}>
              <legend className="visually-hidden">{t(`facets.${filter}`)}</legend>
              <ul className={styles.options}>
                {options.map((option) => {
                  const text = label(filter, option, "option")
                  return (
                    <li key={option.value}>
                      <label className={styles.option}>
                        <input
                          type="checkbox"
                          name={filter}
                          value={option.value}
                          defaultChecked={option.selected}
                          data-testid={`search-filter-${filter}-${option.value}`}
                        />
                        <span>{option.count === null ? text : t("option", { label: text, count: option.count })}</span>
                      </label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          </details>
        )
      })}
      <details className={styles.group} open>
        <summary className={styles.summary}>{t("facets.price")}</summary>
        <PriceFields
          min={query.priceMin}
          max={query.priceMax}
          hint={priceRange ? t("priceHint", { min: formatMoney(priceRange.min, "vnd", locale), max: formatMoney(priceRange.max, "vnd", locale) }) : null}
        />
      </details>
      {showStock && <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">{t("facets.availability")}</legend>
        <label className={styles.option}>
          <input type="checkbox" name="in_stock" value="true" defaultChecked={query.inStock} data-testid="search-filter-in_stock" />
          <span>{inStockCount === null ? t("inStock") : t("option", { label: t("inStock"), count: inStockCount })}</span>
        </label>
      </fieldset>}
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" data-testid="search-apply">
          {t("apply")}
        </button>
        {(filtered ?? hasFilters(query)) && (
          <Link href={{ pathname, query: clearQuery ?? searchQueryParams(withoutAnyFilter(query)) }} className="button" data-testid="search-clear">
            {t("clearAll")}
          </Link>
        )}
      </div>
    </form>
  )
}
