import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { OrderTab } from "@/lib/data/seller/order-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import styles from "./styles.module.css"

const TABS: OrderTab[] = ["to_handle", "shipped", "canceled", "all"]

/** To handle / shipped / canceled / all, as links, so each tab has its own address. */
export default function OrderTabs({ current }: { current: OrderTab }) {
  const t = useTranslations("SellerOrders")
  return (
    <nav aria-label={t("tabsLabel")}>
      <ul className={styles.tabs}>
        {TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={tab === "to_handle" ? SELLER_PATHS.orders : { pathname: SELLER_PATHS.orders, query: { status: tab } }}
              className={styles.tab}
              aria-current={tab === current ? "page" : undefined}
              data-testid={`seller-orders-tab-${tab}`}
            >
              {t(`tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
