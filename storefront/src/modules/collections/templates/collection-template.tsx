import { getTranslations } from "next-intl/server"
import { isListingFiltered, type ListingQuery } from "@/lib/data/mappers/listing-query"
import type { SearchResultsView } from "@/lib/data/search-views"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import ListingResults from "@/modules/search/components/listing-results"
import type { CollectionView } from "@/types/views"
import styles from "@/modules/categories/templates/category-template.module.css"

type Props = {
  collection: CollectionView
  listing: ListingQuery
  results: SearchResultsView
  pagination: PaginationState
}

/** A collection's page: its title and story, then its products with the same filters and orders as a category. */
export default async function CollectionTemplate({ collection, listing, results, pagination }: Props) {
  const [t, tCategory] = await Promise.all([getTranslations("Collection"), getTranslations("Category")])
  return (
    <div className="container" data-testid="collection-page">
      <Breadcrumbs current={collection.title} />
      <header className={styles.header}>
        <h1>{collection.title}</h1>
        {collection.description && <p className={styles.description}>{collection.description}</p>}
        <p className={styles.count} data-testid="listing-count" data-count={results.total}>
          {tCategory("productCount", { count: results.total })}
        </p>
      </header>
      <ListingResults
        pathname={`/collections/${collection.handle}`}
        listing={listing}
        results={results}
        pagination={pagination}
        heading={t("productsHeading")}
        emptyText={isListingFiltered(listing) ? tCategory("emptyFiltered") : t("empty")}
      />
    </div>
  )
}
