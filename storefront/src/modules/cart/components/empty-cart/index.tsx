import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./styles.module.css"

/** What the cart page shows with nothing in it: say so and point back to the shop. */
export default async function EmptyCart() {
  const t = await getTranslations("Cart")
  return (
    <div className={styles.empty} data-testid="cart-empty">
      <p>{t("empty")}</p>
      <Link href="/" className="button button-primary">
        {t("continueShopping")}
      </Link>
    </div>
  )
}
