import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { PurchaseView } from "@/lib/data/purchase-views"
import PurchaseOrderCard from "../components/purchase-order-card"
import styles from "./purchase-template.module.css"

type Props = { purchase: PurchaseView }

/** Purchase page: thanks, how to pay, the purchase's number and date, one card per cooperative order, the grand total. */
export default async function PurchaseTemplate({ purchase }: Props) {
  const t = await getTranslations("Purchase")
  return (
    <div className={`container ${styles.page}`} data-testid="purchase">
      <h1 data-testid="purchase-heading">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className={styles.paymentNote} data-testid="purchase-payment-note" data-method={purchase.paymentMethod}>
        {t(`paymentNote.${purchase.paymentMethod}`)}
      </p>
      <dl className={styles.facts}>
        <dt>{t("number")}</dt>
        <dd className={styles.id} data-testid="purchase-number">
          {purchase.id}
        </dd>
        <dt>{t("date")}</dt>
        <dd data-testid="purchase-date">{purchase.createdLabel}</dd>
        {purchase.email && (
          <>
            <dt>{t("email")}</dt>
            <dd>{purchase.email}</dd>
          </>
        )}
      </dl>
      <h2>{t("ordersHeading")}</h2>
      <ul className={styles.orders}>
        {purchase.orders.map((order) => (
          <PurchaseOrderCard key={order.id} order={order} />
        ))}
      </ul>
      <dl className={styles.grand}>
        <dt>{t("grandTotal")}</dt>
        <dd data-testid="purchase-grand-total">{purchase.totalLabel}</dd>
      </dl>
      <Link href="/" className="button button-primary">
        {t("continueShopping")}
      </Link>
    </div>
  )
}
