import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CheckoutView } from "@/lib/data/checkout-views"
import CheckoutSteps from "../components/checkout-steps"
import EmptyCheckout from "../components/empty-checkout"
import styles from "./checkout-template.module.css"

type Props = { checkout: CheckoutView | null }

/** Checkout page: one narrow column of steps, made for a phone; the empty state when there is nothing to buy. */
export default async function CheckoutTemplate({ checkout }: Props) {
  const t = await getTranslations("Checkout")
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.heading}>
        <h1>{t("title")}</h1>
        <Link href="/cart" className={styles.back} data-testid="checkout-back-to-cart">
          {t("backToCart")}
        </Link>
      </div>
      {checkout ? <CheckoutSteps checkout={checkout} /> : <EmptyCheckout />}
    </div>
  )
}
