import { getTranslations } from "next-intl/server"
import styles from "./styles.module.css"

type Props = { subtotalLabel: string }

/** Subtotal from the server and the (not yet open) way to checkout. */
export default async function CartSummary({ subtotalLabel }: Props) {
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
      <p className={styles.note}>{t("shippingNote")}</p>
      {/* Checkout is later work; the button keeps its place and says why it is off. */}
      <button
        type="button"
        className="button button-primary"
        disabled
        aria-describedby="checkout-soon"
        data-testid="checkout-button"
      >
        {t("checkout")}
      </button>
      <p id="checkout-soon" className={styles.note}>
        {t("checkoutSoon")}
      </p>
    </section>
  )
}
