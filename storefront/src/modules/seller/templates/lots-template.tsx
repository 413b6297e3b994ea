import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SellerLotRow } from "@/lib/data/seller/lot-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { SellerPage } from "@/lib/data/seller/views"
import Pagination from "@/modules/common/components/pagination"
import LotList from "../components/lot-list"
import styles from "./list-template.module.css"

type Props = { list: SellerPage<SellerLotRow>; productId: string | null }

/** The lot list: create a lot, the rows (of one product when reached from its editor), pages. */
export default async function LotsTemplate({ list, productId }: Props) {
  const t = await getTranslations("TraceSeller")
  const productTitle = productId ? list.items[0]?.productTitle : undefined
  return (
    <>
      <div className={styles.heading}>
        <h1>{t("title")}</h1>
        <Link
          href={productId ? { pathname: SELLER_PATHS.newLot, query: { product_id: productId } } : SELLER_PATHS.newLot}
          className="button button-primary"
          data-testid="lots-new"
        >
          {t("new")}
        </Link>
      </div>
      {productId && (
        <p className={styles.count} data-testid="lots-filter">
          {productTitle ? t("filteredBy", { product: productTitle }) : t("filteredByProduct")}{" "}
          <Link href={SELLER_PATHS.lots} data-testid="lots-filter-clear">
            {t("clearFilter")}
          </Link>
        </p>
      )}
      <p className={styles.count} data-testid="lots-count">
        {t("count", { count: list.count })}
      </p>
      {list.items.length > 0 ? (
        <LotList rows={list.items} />
      ) : (
        <p className={styles.empty} data-testid="lots-empty">
          {productId ? t("noMatch") : t("empty")}
        </p>
      )}
      <Pagination pathname={SELLER_PATHS.lots} pagination={list} query={{ product_id: productId ?? "" }} testIdPrefix="lots" />
    </>
  )
}
