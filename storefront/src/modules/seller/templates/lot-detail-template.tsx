import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { TraceLotView } from "@/lib/data/traceability-views"
import CertificationList from "@/modules/traceability/components/certification-list"
import EventTimeline from "@/modules/traceability/components/event-timeline"
import LotFacts from "@/modules/traceability/components/lot-facts"
import OriginCard from "@/modules/traceability/components/origin-card"
import VerificationBanner from "@/modules/traceability/components/verification-banner"
import EventForm from "../components/event-form"
import LotLabels from "../components/lot-labels"
import LotQr from "../components/lot-qr"
import styles from "./lot-detail-template.module.css"

type Props = {
  lot: TraceLotView
  created: boolean
  /** "Now" in Vietnam, the record form's default time. */
  now: string
  /** Portal routes of the lot's files, with the locale prefix. */
  files: { qrPng: string; qrSvg: string; labels: string }
  /** The public page, when the backend gave no Digital Link URI. */
  publicPath: string
}

// File names keep to letters, digits, "-" and "_" whatever the lot code holds.
const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "lot"

/**
 * One lot in the portal: whether its history verifies, the history and the form that adds to it, the QR code
 * and labels to print, and what the lot is.
 */
export default async function LotDetailTemplate({ lot, created, now, files, publicPath }: Props) {
  const t = await getTranslations("TraceSeller")
  const tTrace = await getTranslations("Trace")
  const name = fileSafe(lot.lotCode)
  return (
    <>
      <Link href={SELLER_PATHS.lots} className={styles.back} data-testid="lot-back">
        ← {t("backToList")}
      </Link>
      <header className={styles.header} data-testid="lot" data-id={lot.id} data-lot-code={lot.lotCode}>
        <h1 className={styles.heading} data-testid="lot-heading">
          {lot.product.title} <span className={styles.code}>· {tTrace("lotLink", { lot: lot.lotCode })}</span>
        </h1>
        {lot.variantTitle && <p className={styles.muted}>{lot.variantTitle}</p>}
      </header>
      {created && (
        <p className={styles.created} role="status" data-testid="lot-created">
          {t("created")}
        </p>
      )}
      <VerificationBanner
        verified={lot.verified}
        title={lot.verified ? t("verifiedLine", { count: lot.eventCount }) : t("unverifiedLine")}
        testId="lot-verification"
      />
      <div className={styles.columns}>
        <div className={styles.column}>
          <section className={styles.card} aria-labelledby="lot-events-title">
            <h2 id="lot-events-title">{t("timelineTitle")}</h2>
            <EventTimeline events={lot.events} testIds={{ list: "lot-events", item: "lot-event" }} emptyText={t("timelineEmpty")} />
          </section>
          <section className={styles.card} aria-labelledby="lot-record-title">
            <h2 id="lot-record-title">{t("eventTitle")}</h2>
            <p className={styles.muted}>{t("eventLead")}</p>
            <EventForm
              lotId={lot.id}
              events={lot.events.map((e) => ({ id: e.id, kind: e.kind, timeLabel: e.timeLabel }))}
              initialTime={now}
            />
          </section>
        </div>
        <div className={styles.column}>
          <section className={styles.card} aria-labelledby="lot-qr-title">
            <h2 id="lot-qr-title">{t("digitalLinkTitle")}</h2>
            <LotQr
              lotCode={lot.lotCode}
              digitalLink={lot.digitalLink ?? publicPath}
              pngPath={files.qrPng}
              svgPath={files.qrSvg}
              fileName={`qr-${name}`}
            />
          </section>
          <section className={styles.card} aria-labelledby="lot-labels-title">
            <h2 id="lot-labels-title">{t("labelsTitle")}</h2>
            <LotLabels labelsPath={files.labels} fileName={`labels-${name}.pdf`} />
          </section>
          <section className={styles.details} aria-labelledby="lot-details-title">
            <h2 id="lot-details-title">{t("summaryTitle")}</h2>
            <LotFacts lot={lot} testId="lot-facts" />
            <OriginCard origin={lot.origin} testId="lot-origin" />
            <CertificationList certifications={lot.certifications} testId="lot-certifications" />
          </section>
        </div>
      </div>
    </>
  )
}
