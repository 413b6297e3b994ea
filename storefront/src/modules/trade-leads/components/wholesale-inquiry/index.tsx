import { useTranslations } from "next-intl"
import type { TradeLeadContext } from "@/lib/data/fair-views"
import TradeInquiryForm from "../trade-inquiry-form"
import styles from "./styles.module.css"

type Props = {
  context: TradeLeadContext
  cooperativeName: string
  /** Products a buyer may choose among (a cooperative's page); none on a product's own page. */
  products?: { id: string; title: string }[]
  /** Id of the form's frame, for links to it: a link to an element inside a closed section opens the section. */
  formId?: string
}

/** "Wholesale inquiry": a closed section under a product or a cooperative that opens the trade inquiry form, with or without JavaScript. */
export default function WholesaleInquiry({ context, cooperativeName, products = [], formId }: Props) {
  const t = useTranslations("TradeInquiry")
  return (
    <details className={styles.section} data-testid="wholesale-inquiry">
      <summary className={styles.summary} data-testid="wholesale-inquiry-toggle">
        <span className={styles.title}>{t("wholesaleTitle")}</span>
        <span className={styles.lead}>{t("wholesaleLead", { cooperative: cooperativeName })}</span>
      </summary>
      <div className={styles.body} id={formId}>
        <TradeInquiryForm context={context} products={products} />
      </div>
    </details>
  )
}
