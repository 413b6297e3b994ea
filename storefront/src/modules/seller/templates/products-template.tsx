import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { SellerProductRow, SellerProductStatus } from "@/lib/data/seller/product-views"
import type { SellerPage } from "@/lib/data/seller/views"
import Pagination from "@/modules/common/components/pagination"
import ProductFilters from "../components/product-filters"
import ProductList from "../components/product-list"
import styles from "./list-template.module.css"

type Props = { list: SellerPage<SellerProductRow>; q: string; status: SellerProductStatus | null }

/** The product list: add a product, search and filter, the rows, pages. */
export default async function ProductsTemplate({ list, q, status }: Props) {
  const [t, tOcop] = await Promise.all([getTranslations("SellerProducts"), getTranslations("OcopSeller")])
  const filtered = q !== "" || status !== null
  return (
    <>
      <div className={styles.heading}>
        <h1>{t("title")}</h1>
        <Link href={SELLER_PATHS.newProduct} className="button button-primary" data-testid="seller-products-new">
          {t("new")}
        </Link>
      </div>
      <Link href={SELLER_PATHS.ocop} className={styles.sideLink} data-testid="seller-products-ocop">
        {tOcop("productsLink")} →
      </Link>
      <ProductFilters q={q} status={status} />
      <p className={styles.count} data-testid="seller-products-count">
        {t("count", { count: list.count })}
      </p>
      {list.items.length > 0 ? (
        <ProductList rows={list.items} />
      ) : (
        <p className={styles.empty} data-testid="seller-products-empty">
          {filtered ? t("noMatch") : t("empty")}
        </p>
      )}
      <Pagination
        pathname={SELLER_PATHS.products}
        pagination={list}
        query={{ q, status: status ?? "" }}
        testIdPrefix="seller-products"
      />
    </>
  )
}
