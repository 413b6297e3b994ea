import { getTranslations } from "next-intl/server"
import { ocopQueryParams } from "@/lib/data/mappers/ocop"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import Pagination from "@/modules/common/components/pagination"
import OcopFilters from "@/modules/ocop/components/ocop-filters"
import ProductGrid from "@/modules/products/components/product-grid"
import type { CategoryView, OcopStars, ProductCardView } from "@/types/views"
import styles from "./category-template.module.css"

type Props = {
  category: CategoryView
  products: ProductCardView[]
  count: number
  pagination: PaginationState
  /** The OCOP star filter, when the shopper chose one. */
  minStars: OcopStars | null
}

/** Category listing: heading, description, the OCOP star filter, one page of products, page links. */
export default async function CategoryTemplate({ category, products, count, pagination, minStars }: Props) {
  const [t, tOcop] = await Promise.all([getTranslations("Category"), getTranslations("Ocop")])
  const pathname = `/categories/${category.handle}`
  return (
    <div className="container">
      <Breadcrumbs current={category.name} />
      <header className={styles.header}>
        <h1>{category.name}</h1>
        {category.description && <p className={styles.description}>{category.description}</p>}
        <p className={styles.count}>{t("productCount", { count })}</p>
      </header>
      <OcopFilters pathname={pathname} minStars={minStars} scope="category" />
      {/* Product cards title themselves with h3: this keeps the outline h1 → h2 → h3 for screen readers. */}
      <h2 className="visually-hidden">{t("productsHeading")}</h2>
      <ProductGrid products={products} emptyText={minStars ? tOcop("empty") : t("empty")} />
      <Pagination pagination={pagination} pathname={pathname} query={ocopQueryParams({ minStars })} />
    </div>
  )
}
