import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { hasFilters, searchQueryParams, withoutAnyFilter } from "@/lib/data/mappers/search-query"
import type { SearchOutcome, SearchQuery } from "@/lib/data/search-views"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import ProductCard from "@/modules/products/components/product-card"
import ActiveFilters from "../components/active-filters"
import SearchFilters from "../components/search-filters"
import SearchSort from "../components/search-sort"
import styles from "./search-template.module.css"

type Props = { query: SearchQuery; outcome: SearchOutcome; pagination: PaginationState }

/** The results page: what was searched, how many match, filters, chips, order, one page of cards, page links. */
export default async function SearchTemplate({ query, outcome, pagination }: Props) {
  const t = await getTranslations("Search")

  if (!outcome.ok) {
    return (
      <div className="container" data-testid="search-page">
        <h1>{t("metaTitle")}</h1>
        <div className={styles.message} role="alert" data-testid="search-invalid">
          <h2>{t("invalidTitle")}</h2>
          <p>{t("invalidText")}</p>
          <Link href="/search" className="button">
            {t("emptyAll")}
          </Link>
        </div>
      </div>
    )
  }

  const { results } = outcome
  const params = searchQueryParams(query)
  // Keyed by the search: a client-side visit (chips, clear, pages) must reset what the fields show.
  const formKey = new URLSearchParams(params).toString()
  return (
    <div className="container" data-testid="search-page">
      <header className={styles.header}>
        <h1 className={styles.title}>{query.q ? t("titleQuery", { q: query.q }) : t("titleAll")}</h1>
        <p className={styles.count} data-testid="search-count" data-count={results.total}>
          {t("count", { count: results.total })}
        </p>
      </header>
      <div className={styles.layout}>
        <aside className={styles.filters}>
          <SearchFilters key={formKey} query={query} results={results} />
        </aside>
        <section className={styles.results} aria-label={t("resultsLabel")}>
          <div className={styles.toolbar}>
            <ActiveFilters query={query} facets={results.facets} />
            <SearchSort key={formKey} query={query} />
          </div>
          {results.products.length === 0 ? (
            <div className={styles.message} data-testid="search-empty">
              <h2>{t("emptyTitle")}</h2>
              <p>{t("emptyText")}</p>
              <Link href={hasFilters(query) ? { pathname: "/search", query: searchQueryParams(withoutAnyFilter(query)) } : "/search"} className="button">
                {hasFilters(query) ? t("clearAll") : t("emptyAll")}
              </Link>
            </div>
          ) : (
            <ul className={styles.grid} data-testid="search-results">
              {results.products.map((product, index) => (
                <li key={product.id} data-testid="search-result" data-handle={product.handle}>
                  <ProductCard product={product} eager={index < 4} />
                </li>
              ))}
            </ul>
          )}
          <Pagination pagination={pagination} pathname="/search" query={params} testIdPrefix="search-page" />
        </section>
      </div>
    </div>
  )
}
