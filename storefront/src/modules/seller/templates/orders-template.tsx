import { getTranslations } from "next-intl/server"
import type { OrderTab, SellerOrderRow } from "@/lib/data/seller/order-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { SellerPage } from "@/lib/data/seller/views"
import Pagination from "@/modules/common/components/pagination"
import OrderList from "../components/order-list"
import OrderTabs from "../components/order-tabs"
import styles from "./list-template.module.css"

type Props = { tab: OrderTab; list: SellerPage<SellerOrderRow> }

/** The order list: tabs by what is left to do, the rows, pages. */
export default async function OrdersTemplate({ tab, list }: Props) {
  const t = await getTranslations("SellerOrders")
  return (
    <>
      <h1>{t("title")}</h1>
      <OrderTabs current={tab} />
      <p className={styles.count} data-testid="seller-orders-count">
        {t("count", { count: list.count })}
      </p>
      {list.items.length > 0 ? (
        <OrderList rows={list.items} />
      ) : (
        <p className={styles.empty} data-testid="seller-orders-empty">
          {t(`empty.${tab}`)}
        </p>
      )}
      <Pagination
        pathname={SELLER_PATHS.orders}
        pagination={list}
        query={{ status: tab === "to_handle" ? "" : tab }}
        testIdPrefix="seller-orders"
      />
    </>
  )
}
