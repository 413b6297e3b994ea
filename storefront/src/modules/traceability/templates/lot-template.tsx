import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { TraceLotView } from "@/lib/data/traceability-views"
import Thumbnail from "@/modules/common/components/thumbnail"
import OcopBadge from "@/modules/ocop/components/ocop-badge"
import type { OcopBadgeView } from "@/types/views"
import CertificationList from "../components/certification-list"
import EventTimeline from "../components/event-timeline"
import LotFacts from "../components/lot-facts"
import OriginCard from "../components/origin-card"
import ProducerCard from "../components/producer-card"
import VerificationBanner from "../components/verification-banner"
import styles from "./lot-template.module.css"

type Props = { lot: TraceLotView; ocop: OcopBadgeView | null }

/**
 * A lot's public page, opened from a camera scan: whether the history verifies, the product and what its label
 * says, where it comes from and who made it, its certifications, then every recorded step.
 */
export default async function LotTemplate({ lot, ocop }: Props) {
  const t = await getTranslations("Trace")
  return (
    <article className={`container ${styles.page}`} data-testid="trace-lot" data-gtin={lot.gtin} data-lot-code={lot.lotCode}>
      <div className={styles.summary}>
        <p className={styles.eyebrow}>{t("eyebrow")}</p>
        <VerificationBanner
          verified={lot.verified}
          title={lot.verified ? t("verified") : t("unverified")}
          detail={lot.verified ? t("verifiedDetail", { count: lot.eventCount }) : t("unverifiedDetail")}
          testId="trace-verification"
        />
        <header className={styles.hero}>
          <div className={styles.image}>
            <Thumbnail src={lot.product.thumbnail} alt={t("productImage", { product: lot.product.title })} fallbackLabel={t("noImage")} eager />
          </div>
          <div className={styles.heading}>
            <h1 className={styles.title} data-testid="trace-product">
              {lot.product.title}
            </h1>
            {lot.variantTitle && <p className={styles.variant}>{lot.variantTitle}</p>}
            <div className={styles.ocop} data-testid="trace-ocop">
              {ocop && <OcopBadge badge={ocop} size="md" />}
            </div>
          </div>
        </header>
        <LotFacts lot={lot} testId="trace-facts" />
        {lot.product.handle && (
          <Link href={`/products/${lot.product.handle}`} className={`button button-primary ${styles.buy}`} data-testid="trace-buy">
            {t("buy")}
          </Link>
        )}
        <OriginCard origin={lot.origin} testId="trace-origin" />
        {lot.cooperative && <ProducerCard cooperative={lot.cooperative} testId="trace-cooperative" />}
        <CertificationList certifications={lot.certifications} testId="trace-certifications" />
      </div>
      <section className={styles.history} aria-labelledby="trace-timeline-title">
        <h2 id="trace-timeline-title" className={styles.historyTitle}>
          {t("timelineTitle")}
        </h2>
        <EventTimeline events={lot.events} testIds={{ list: "trace-timeline", item: "trace-event" }} emptyText={t("timelineEmpty")} />
      </section>
    </article>
  )
}
