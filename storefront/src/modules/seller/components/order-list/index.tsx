import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { SellerOrderRow } from "@/lib/data/seller/order-views"
import { sellerOrderPath } from "@/lib/data/seller/paths"
import OrderState from "../order-state"
import PaymentStatus from "../payment-status"
import styles from "./styles.module.css"

/** Orders as tappable rows: number, payment and state, customer, date, items and total. */
export default function OrderList({ rows }: { rows: SellerOrderRow[] }) {
  const t = useTranslations("SellerOrders")
  return (
    <ul className={styles.list} data-testid="seller-order-list">
      {rows.map((row) => (
        <li key={row.id} data-testid="seller-order-row" data-id={row.id} data-state={row.state}>
          <Link href={sellerOrderPath(row.id)} className={styles.row} data-testid="seller-order-link">
            <span className={styles.top}>
              <strong>{t("number", { id: row.displayId })}</strong>
              <span className={styles.badges}>
                {row.paymentStatus !== "canceled" && <PaymentStatus status={row.paymentStatus} testId="seller-order-row-payment" />}
                <OrderState state={row.state} />
              </span>
            </span>
            <span className={styles.customer}>{row.customerName}</span>
            <span className={styles.bottom}>
              <span>{row.createdLabel}</span>
              <span>{t("items", { count: row.itemCount })}</span>
              <strong>{row.totalLabel}</strong>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
