import { getTranslations } from "next-intl/server"
import type { PurchaseOrderView } from "@/lib/data/purchase-views"
import Thumbnail from "@/modules/common/components/thumbnail"
import OrderPayment from "../order-payment"
import ShipmentList from "../shipment-list"
import styles from "./styles.module.css"

type Props = { order: PurchaseOrderView }

/** One cooperative's order: who sends it, what is in it, what it costs, where it stands, how it is paid and its parcels. */
export default async function PurchaseOrderCard({ order }: Props) {
  const t = await getTranslations("Purchase")
  const name = order.cooperativeName ?? t("unknownCooperative")
  return (
    <li
      className={styles.card}
      data-testid="purchase-order"
      data-id={order.id}
      data-cooperative={order.cooperativeHandle ?? ""}
      data-state={order.state}
      data-payment-status={order.payment.status}
    >
      <div className={styles.header}>
        <h3 className={styles.name} data-testid="purchase-order-cooperative">
          {name}
        </h3>
        <span className={styles.number} data-testid="purchase-order-number">
          {t("orderNumber", { number: order.number })}
        </span>
      </div>
      <p className={styles.state}>
        {t("stateLabel")}:{" "}
        <strong className={styles.badge} data-state={order.state} data-testid="purchase-order-state">
          {t(`state.${order.state}`)}
        </strong>
      </p>
      <ul className={styles.items}>
        {order.items.map((item, index) => (
          <li key={index} className={styles.item} data-testid="purchase-order-item">
            <Thumbnail src={item.thumbnail} alt="" fallbackLabel={item.title} size="small" />
            <div className={styles.details}>
              <p className={styles.title}>{item.title}</p>
              <p className={styles.meta}>
                {item.variantLabel && <span>{item.variantLabel} · </span>}
                {t("quantity", { quantity: item.quantity })}
              </p>
            </div>
            <p className={styles.amount}>{item.totalLabel}</p>
          </li>
        ))}
      </ul>
      <dl className={styles.totals}>
        <dt>{t("itemTotal")}</dt>
        <dd>{order.itemTotalLabel}</dd>
        <dt>{t("shipping")}</dt>
        <dd data-testid="purchase-order-shipping">{order.shippingLabel}</dd>
        <dt className={styles.strong}>{t("total")}</dt>
        <dd className={styles.strong} data-testid="purchase-order-total">
          {order.totalLabel}
        </dd>
      </dl>
      <OrderPayment payment={order.payment} cooperativeName={name} />
      <section className={styles.shipments} aria-label={t("shipments")}>
        <h4 className={styles.subheading}>{t("shipments")}</h4>
        <ShipmentList shipments={order.shipments} />
      </section>
    </li>
  )
}
