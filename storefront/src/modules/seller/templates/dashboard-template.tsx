import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { DashboardView, MembershipView } from "@/lib/data/seller/views"
import Checklist from "../components/checklist"
import CooperativeStatus from "../components/cooperative-status"
import LowStockList from "../components/low-stock-list"
import styles from "./dashboard-template.module.css"

type Props = { active: MembershipView | null; dashboard: DashboardView | null }

/** The portal's home: the cooperative's standing, what needs doing now, and the first-steps checklist. */
export default async function DashboardTemplate({ active, dashboard }: Props) {
  const [t, tOcop] = await Promise.all([getTranslations("SellerDashboard"), getTranslations("OcopSeller")])
  if (!active || !dashboard) {
    return (
      <section className={styles.empty} data-testid="seller-dashboard-no-cooperative">
        <h1>{t("noCooperativeTitle")}</h1>
        <p>{t("noCooperativeText")}</p>
        <Link href={SELLER_PATHS.register} className="button button-primary" data-testid="seller-dashboard-register">
          {t("registerCooperative")}
        </Link>
      </section>
    )
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <CooperativeStatus status={active.status} reason={active.statusReason} />
      <Link href={SELLER_PATHS.orders} className={styles.orders} data-testid="seller-dashboard-orders">
        <span className={styles.count} data-testid="seller-dashboard-orders-count">
          {dashboard.ordersToHandle}
        </span>
        <span>{t("ordersToHandle", { count: dashboard.ordersToHandle })}</span>
      </Link>
      <Link href={SELLER_PATHS.ocop} className={styles.sideLink} data-testid="seller-dashboard-ocop">
        {tOcop("dashboardLink")} →
      </Link>
      <Checklist items={dashboard.checklist} />
      <LowStockList items={dashboard.lowStock} />
    </>
  )
}
