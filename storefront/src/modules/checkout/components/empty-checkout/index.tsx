import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** What checkout shows without an open cart with lines: say so and point back to the shop. */
export default async function EmptyCheckout() {
  const t = await getTranslations("Checkout")
  return (
    <div className="page-message" data-testid="checkout-empty">
      <p>{t("empty")}</p>
      <Link href="/" className="button button-primary">
        {t("continueShopping")}
      </Link>
    </div>
  )
}
