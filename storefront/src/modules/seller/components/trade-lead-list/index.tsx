import { useTranslations } from "next-intl"
import type { SellerTradeLeadView } from "@/lib/data/seller/fair-views"
import StatusBadge from "../status-badge"
import LeadAnswerForm from "./lead-answer-form"
import styles from "./styles.module.css"

/** The cooperative's trade inquiries, newest first: who asks for what, and the answer or a form to give it. */
export default function TradeLeadList({ leads }: { leads: SellerTradeLeadView[] }) {
  const t = useTranslations("SellerTradeLeads")
  return (
    <ul className={styles.list} data-testid="seller-lead-list">
      {leads.map((lead) => (
        <li key={lead.id} className={styles.lead} data-testid="seller-lead" data-id={lead.id} data-answered={lead.answered}>
          <div className={styles.top}>
            <strong className={styles.company} data-testid="seller-lead-company">
              {lead.company}
            </strong>
            <StatusBadge
              label={t(lead.answered ? "status.answered" : "status.new")}
              tone={lead.answered ? "good" : "warn"}
              status={lead.answered ? "answered" : "new"}
              testId="seller-lead-status"
            />
          </div>
          <p className={styles.meta}>{t("sentOn", { date: lead.sentLabel })}</p>
          <dl className={styles.facts}>
            <div>
              <dt>{t("contact")}</dt>
              <dd data-testid="seller-lead-contact">
                {lead.contactName}
                {lead.email && (
                  <>
                    {" · "}
                    <a href={`mailto:${lead.email}`}>{lead.email}</a>
                  </>
                )}
                {lead.phone && (
                  <>
                    {" · "}
                    <a href={`tel:${lead.phone.replace(/[^\d+]/g, "")}`}>{lead.phone}</a>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>{t("quantity")}</dt>
              <dd data-testid="seller-lead-quantity">{lead.quantity}</dd>
            </div>
            <div>
              <dt>{t("targetMarket")}</dt>
              <dd data-testid="seller-lead-market">{lead.targetMarket}</dd>
            </div>
            <div>
              <dt>{t("product")}</dt>
              <dd data-testid="seller-lead-product">{lead.productTitle ?? t("anyProduct")}</dd>
            </div>
            {(lead.fairName || lead.boothCode) && (
              <div>
                <dt>{t("fair")}</dt>
                <dd data-testid="seller-lead-fair">{[lead.fairName, lead.boothCode && t("booth", { code: lead.boothCode })].filter(Boolean).join(" · ")}</dd>
              </div>
            )}
          </dl>
          <blockquote className={styles.message} aria-label={t("message")} data-testid="seller-lead-message">
            {lead.message}
          </blockquote>
          {lead.answered ? (
            <div className={styles.answer} data-testid="seller-lead-answer">
              <p className={styles.answerTitle}>{t("answerTitle")}</p>
              {lead.answer && <p data-testid="seller-lead-answer-text">{lead.answer}</p>}
              {lead.answeredLabel && <p className={styles.meta}>{t("answeredOn", { date: lead.answeredLabel })}</p>}
            </div>
          ) : (
            <LeadAnswerForm leadId={lead.id} />
          )}
        </li>
      ))}
    </ul>
  )
}
