import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./styles.module.css"

type Props = { count: number }

/** Header link to the cart, with the number of items in it. */
export default async function CartLink({ count }: Props) {
  const t = await getTranslations("Header")
  return (
    <Link href="/cart" className={styles.link} aria-label={t("cartLabel", { count })} data-testid="cart-link">
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M3 4h2l2.4 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 1.9-1.5L21 8H6.2M10 20.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Zm7 0a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className={styles.label}>{t("cart")}</span>
      <span className={styles.count} data-testid="cart-count">
        {count}
      </span>
    </Link>
  )
}
