import { getTranslations } from "next-intl/server"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import Pagination from "@/modules/common/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"
import type { CategoryView, ProductCardView } from "@/types/views"
import styles from "./category-template.module.css"

type Props = {
  category: CategoryView
  products: ProductCardView[]
  count: number
  pagination: PaginationState
}

/** Category listing: heading, description, one page of products, page links. */
export default async function CategoryTemplate({ category, products, count, pagination }: Props) {
  const t = await getTranslations("Category")
  return (
    <div className="container">
      <Breadcrumbs current={category.name} />
      <header className={styles.header}>
        <h1>{category.name}</h1>
        {category.description && <p className={styles.description}>{category.description}</p>}
        <p className={styles.count}>{t("productCount", { count })}</p>
      </header>
      <ProductGrid products={products} emptyText={t("empty")} />
      <Pagination pagination={pagination} pathname={`/categories/${category.handle}`} />
    </div>
  )
}
