import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./styles.module.css"

type Props = {
  subtotalLabel: string
  /** Every cooperative's shipping added up; null when none is known yet. */
  shippingLabel: string | null
  totalLabel: string
  /** The shipping includes "from" prices, so the total is an estimate until checkout. */
  estimated: boolean
}

/** Subtotal, shipping and total from the server, and the way to checkout. */
export default async function CartSummary({ subtotalLabel, shippingLabel, totalLabel, estimated }: Props) {
  const t = await getTranslations("Cart")
  return (
    <section className={styles.summary} aria-labelledby="cart-summary">
      <h2 id="cart-summary" className={styles.heading}>
        {t("summary")}
      </h2>
      <dl className={styles.row}>
        <dt>{t("subtotal")}</dt>
        <dd data-testid="cart-subtotal">{subtotalLabel}</dd>
      </dl>
      <dl className={styles.row}>
        <dt>{t("shipping")}</dt>
        <dd data-testid="cart-shipping">{shippingLabel ?? t("shippingAtCheckout")}</dd>
      </dl>
      <dl className={styles.row}>
        <dt>{estimated ? t("totalEstimated") : t("total")}</dt>
        <dd data-testid="cart-total">{totalLabel}</dd>
      </dl>
      {estimated && <p className={styles.note}>{t("shippingNote")}</p>}
      <Link href="/checkout" className="button button-primary" data-testid="cart-checkout-link">
        {t("checkout")}
      </Link>
    </section>
  )
}
