import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SellerOrderView } from "@/lib/data/seller/order-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import OrderActions from "../components/order-actions"
import OrderItems from "../components/order-items"
import OrderPayment from "../components/order-payment"
import OrderState from "../components/order-state"
import styles from "./order-detail-template.module.css"

/** One order: its state and what to do next, how it is paid, who gets it and where, what is in it, how it shipped. */
export default async function OrderDetailTemplate({ order }: { order: SellerOrderView }) {
  const t = await getTranslations("SellerOrders")
  return (
    <>
      <Link href={SELLER_PATHS.orders} className={styles.back} data-testid="seller-order-back">
        ← {t("backToList")}
      </Link>
      <header className={styles.header} data-testid="seller-order" data-id={order.id} data-state={order.state}>
        <h1>{t("number", { id: order.displayId })}</h1>
        <OrderState state={order.state} testId="seller-order-state" />
        <p className={styles.meta}>{t("placed", { date: order.createdLabel })}</p>
        {order.confirmedLabel && <p className={styles.meta}>{t("confirmed", { date: order.confirmedLabel })}</p>}
      </header>
      {order.cancelReason && (
        <p className={styles.canceled} data-testid="seller-order-cancel-reason">
          <strong>{t("cancelReasonLabel")}</strong> {order.cancelReason}
        </p>
      )}
      <OrderActions id={order.id} can={order.can} />
      <OrderPayment order={order} />
      {order.shipments.map((shipment) => (
        <p key={shipment.id} className={styles.shipment} data-testid="seller-order-shipment">
          {t("shipment", { carrier: shipment.carrier, code: shipment.trackingCode })}
          {shipment.shippedLabel && ` · ${shipment.shippedLabel}`}
        </p>
      ))}
      <section className={styles.card} aria-labelledby="seller-order-customer" data-testid="seller-order-customer">
        <h2 id="seller-order-customer">{t("customerTitle")}</h2>
        <p className={styles.name}>{order.recipient ?? order.customerName}</p>
        {order.phone && <a href={`tel:${order.phone}`}>{order.phone}</a>}
        {order.email && <a href={`mailto:${order.email}`}>{order.email}</a>}
        <address className={styles.address} data-testid="seller-order-address">
          {order.addressLines.length > 0 ? order.addressLines.map((line) => <span key={line}>{line}</span>) : t("noAddress")}
        </address>
      </section>
      <OrderItems order={order} />
    </>
  )
}
