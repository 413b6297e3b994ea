import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./styles.module.css"

type Props = { subtotalLabel: string }

/** Subtotal from the server and the way to checkout. */
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
      <Link href="/checkout" className="button button-primary" data-testid="cart-checkout-link">
        {t("checkout")}
      </Link>
    </section>
  )
}
