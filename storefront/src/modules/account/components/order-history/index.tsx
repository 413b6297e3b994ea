import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OrderHistoryEntry } from "@/lib/data/account-views"
import ShipmentList from "@/modules/purchases/components/shipment-list"
import styles from "../../styles/account.module.css"
import ReorderButton from "../reorder-button"

type Props = { entries: OrderHistoryEntry[] }

/** The shopper's purchases, newest first: per cooperative its order's state and parcels, a link to the purchase and "buy again". */
export default async function OrderHistory({ entries }: Props) {
  const [t, tPurchase] = await Promise.all([getTranslations("Account.orders"), getTranslations("Purchase")])
  if (entries.length === 0) {
    return (
      <p className={styles.muted} data-testid="account-orders-empty">
        {t("empty")}
      </p>
    )
  }
  return (
    <ul className={styles.list} data-testid="account-orders">
      {entries.map((entry) => (
        <li key={entry.id} className={styles.card} data-testid="account-order" data-id={entry.id}>
          <div className={styles.row}>
            <strong>{t("placedOn", { date: entry.createdLabel })}</strong>
            <span data-testid="account-order-total">{t("total", { total: entry.totalLabel })}</span>
          </div>
          <ul className={styles.list}>
            {entry.orders.map((order) => (
              <li key={order.id} data-testid="account-order-cooperative" data-cooperative={order.cooperativeHandle ?? ""} data-state={order.state}>
                <div className={styles.row}>
                  <span>
                    {order.cooperativeName ?? tPurchase("unknownCooperative")} · {tPurchase("orderNumber", { number: order.number })}
                  </span>
                  <strong data-testid="account-order-state" data-state={order.state}>
                    {tPurchase(`state.${order.state}`)}
                  </strong>
                </div>
                <ShipmentList shipments={order.shipments} />
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Link href={`/purchases/${entry.id}`} className="button" data-testid="account-order-link">
              {t("view")}
            </Link>
          </div>
          {entry.reorderLines.length > 0 && <ReorderButton purchaseId={entry.id} />}
        </li>
      ))}
    </ul>
  )
}
