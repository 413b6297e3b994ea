import { getTranslations } from "next-intl/server"
import { ocopQueryParams } from "@/lib/data/mappers/ocop"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"
import type { OcopQuery, ProductCardView } from "@/types/views"
import OcopFilters from "../components/ocop-filters"
import styles from "./ocop-template.module.css"

type Props = { products: ProductCardView[]; count: number; query: OcopQuery; pagination: PaginationState }

/** The OCOP page: what OCOP means, the star filter and order, one page of certified products, page links. */
export default async function OcopTemplate({ products, count, query, pagination }: Props) {
  const t = await getTranslations("Ocop")
  return (
    <div className="container" data-testid="ocop-page">
      <header className={styles.header}>
        <h1>{t("title")}</h1>
        <p className={styles.intro}>{t("intro")}</p>
      </header>
      <OcopFilters pathname="/ocop" minStars={query.minStars} sort={query.sort} scope="ocop" />
      <p className={styles.count} data-testid="ocop-count" data-count={count}>
        {t("count", { count })}
      </p>
      <ProductGrid products={products} emptyText={t("empty")} />
      <Pagination pagination={pagination} pathname="/ocop" query={ocopQueryParams(query)} />
    </div>
  )
}
