import { useTranslations } from "next-intl"
import type { SellerOrderView } from "@/lib/data/seller/order-views"
import Thumbnail from "@/modules/common/components/thumbnail"
import styles from "./styles.module.css"

type Props = { order: SellerOrderView }

/** What was bought, and the totals: items, shipping, the whole order. */
export default function OrderItems({ order }: Props) {
  const t = useTranslations("SellerOrders")
  return (
    <section className={styles.card} aria-labelledby="seller-order-items">
      <h2 id="seller-order-items" className={styles.heading}>
        {t("itemsTitle")}
      </h2>
      <ul className={styles.items}>
        {order.items.map((item) => (
          <li key={item.id} className={styles.item} data-testid="seller-order-item">
            <Thumbnail src={item.thumbnail} alt="" fallbackLabel={item.title} size="small" />
            <span className={styles.what}>
              <strong>{item.title}</strong>
              {item.variantTitle && <span className={styles.meta}>{item.variantTitle}</span>}
              {item.sku && <span className={styles.meta}>{t("sku", { sku: item.sku })}</span>}
              <span className={styles.meta}>{t("quantityTimesPrice", { quantity: item.quantity, price: item.unitPriceLabel })}</span>
            </span>
            <strong className={styles.amount}>{item.totalLabel}</strong>
          </li>
        ))}
      </ul>
      <dl className={styles.totals}>
        <dt>{t("subtotal")}</dt>
        <dd>{order.subtotalLabel}</dd>
        {/* The shipping methods by name when the order has them; otherwise just what shipping cost. */}
        {order.shippingMethods.length > 0 ? (
          order.shippingMethods.map((method) => (
            <div key={method.name} className={styles.contents}>
              <dt>{method.name}</dt>
              <dd>{method.amountLabel}</dd>
            </div>
          ))
        ) : (
          <>
            <dt>{t("shippingTotal")}</dt>
            <dd>{order.shippingTotalLabel}</dd>
          </>
        )}
        <dt className={styles.grand}>{t("total")}</dt>
        <dd className={styles.grand} data-testid="seller-order-total">
          {order.totalLabel}
        </dd>
      </dl>
    </section>
  )
}
