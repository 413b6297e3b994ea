import { isListingFiltered, type ListingQuery, listingQueryParams } from "@/lib/data/mappers/listing-query"
import { LISTING_FILTERS, LISTING_SORTS, type SearchQuery, type SearchResultsView } from "@/lib/data/search-views"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import OcopStarsField from "@/modules/ocop/components/ocop-filters/stars-field"
import ProductGrid from "@/modules/products/components/product-grid"
import ActiveFilters from "../active-filters"
import SearchFilters from "../search-filters"
import SearchSort from "../search-sort"
import styles from "../../templates/search-template.module.css"

type Props = {
  /** The page itself, e.g. "/categories/che". */
  pathname: string
  listing: ListingQuery
  results: SearchResultsView
  pagination: PaginationState
  /** The hidden heading above the cards (they title themselves with h3). */
  heading: string
  emptyText: string
}

/**
 * A category's or collection's products with the results page's filter form (cooperative, province, price, OCOP
 * stars), its chips and its order select: all plain GET, so it works before, or without, JavaScript.
 */
export default function ListingResults({ pathname, listing, results, pagination, heading, emptyText }: Props) {
  const { query, minStars } = listing
  const params = listingQueryParams(listing)
  const toParams = (next: SearchQuery) => listingQueryParams({ query: { ...next, sort: query.sort }, minStars })
  // Keyed by the URL: a client-side visit (chips, pages) must reset what the fields show.
  const formKey = new URLSearchParams(params).toString()
  return (
    <div className={styles.layout} data-testid="listing">
      <aside className={styles.filters}>
        <SearchFilters
          key={formKey}
          query={query}
          results={results}
          pathname={pathname}
          filters={LISTING_FILTERS}
          open={LISTING_FILTERS}
          showStock={false}
          filtered={isListingFiltered(listing)}
          clearQuery={query.sort === "newest" ? {} : { sort: query.sort }}
        >
          <OcopStarsField minStars={minStars} scope="category" />
        </SearchFilters>
      </aside>
      <section className={styles.results}>
        <div className={styles.toolbar}>
          <ActiveFilters query={query} facets={results.facets} pathname={pathname} toParams={toParams} />
          <SearchSort key={formKey} query={query} sorts={LISTING_SORTS} />
        </div>
        <h2 className="visually-hidden">{heading}</h2>
        <ProductGrid products={results.products} emptyText={emptyText} />
        <Pagination pagination={pagination} pathname={pathname} query={params} />
      </section>
    </div>
  )
}
