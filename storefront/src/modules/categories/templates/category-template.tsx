import { getTranslations } from "next-intl/server"
import { isListingFiltered, type ListingQuery } from "@/lib/data/mappers/listing-query"
import type { SearchResultsView } from "@/lib/data/search-views"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import ListingResults from "@/modules/search/components/listing-results"
import type { CategoryView } from "@/types/views"
import styles from "./category-template.module.css"

type Props = {
  category: CategoryView
  listing: ListingQuery
  results: SearchResultsView
  pagination: PaginationState
}

/** Category listing: heading, description, filters (cooperative, province, price, OCOP stars), order, one page of products. */
export default async function CategoryTemplate({ category, listing, results, pagination }: Props) {
  const [t, tOcop] = await Promise.all([getTranslations("Category"), getTranslations("Ocop")])
  return (
    <div className="container">
      <Breadcrumbs current={category.name} />
      <header className={styles.header}>
        <h1>{category.name}</h1>
        {category.description && <p className={styles.description}>{category.description}</p>}
        <p className={styles.count} data-testid="listing-count" data-count={results.total}>
          {t("productCount", { count: results.total })}
        </p>
      </header>
      <ListingResults
        pathname={`/categories/${category.handle}`}
        listing={listing}
        results={results}
        pagination={pagination}
        heading={t("productsHeading")}
        emptyText={listing.minStars ? tOcop("empty") : isListingFiltered(listing) ? t("emptyFiltered") : t("empty")}
      />
    </div>
  )
}
