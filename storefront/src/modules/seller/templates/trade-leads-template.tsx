import { getTranslations } from "next-intl/server"
import type { SellerTradeLeadView } from "@/lib/data/seller/fair-views"
import FairSectionTabs from "../components/fair-section-tabs"
import TradeLeadList from "../components/trade-lead-list"
import styles from "./list-template.module.css"

/** Business buyers' inquiries to the cooperative, newest first, each answered in place. */
export default async function TradeLeadsTemplate({ leads }: { leads: SellerTradeLeadView[] }) {
  const t = await getTranslations("SellerTradeLeads")
  const unanswered = leads.filter((lead) => !lead.answered).length
  return (
    <>
      <FairSectionTabs current="leads" />
      <h1>{t("title")}</h1>
      <p className={styles.count}>{t("lead")}</p>
      <p className={styles.count} data-testid="seller-leads-count">
        {t("count", { count: leads.length })}
        {unanswered > 0 && <strong> · {t("unanswered", { count: unanswered })}</strong>}
      </p>
      {leads.length > 0 ? (
        <TradeLeadList leads={leads} />
      ) : (
        <p className={styles.empty} data-testid="seller-leads-empty">
          {t("empty")}
        </p>
      )}
    </>
  )
}
