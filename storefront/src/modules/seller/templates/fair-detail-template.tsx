import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { BoothReportView, FairVariantOption, SellerFairView } from "@/lib/data/seller/fair-views"
import { SELLER_FAIR_PATHS, SELLER_PATHS } from "@/lib/data/seller/paths"
import BoothProducts from "../components/booth-products"
import BoothReport from "../components/booth-report"
import BoothStatus, { FairPhaseBadge } from "../components/booth-status"
import FairApplicationForm from "../components/fair-application-form"
import FairFacts from "../components/fair-facts"
import styles from "./fair-detail-template.module.css"

type Props = {
  fair: SellerFairView
  /** The variants the booth may feature; loaded only when the cooperative can apply. */
  options: FairVariantOption[] | null
  /** The booth's figures; only for an approved booth. */
  report: BoothReportView | null
  applied: boolean
  renderedAt: number
}

/** One fair for the cooperative: its details, then its booth's decision and products, its figures, or the application. */
export default async function FairDetailTemplate({ fair, options, report, applied, renderedAt }: Props) {
  const t = await getTranslations("SellerFairs")
  const booth = fair.booth
  const decided = booth !== null && booth.status !== "invited"
  return (
    <>
      <Link href={SELLER_FAIR_PATHS.fairs} className={styles.back} data-testid="seller-fair-back">
        ← {t("backToList")}
      </Link>
      <header className={styles.header} data-testid="seller-fair-page" data-id={fair.id} data-phase={fair.phase}>
        <h1 data-testid="seller-fair-name">{fair.name}</h1>
        <FairPhaseBadge phase={fair.phase} testId="seller-fair-phase" />
      </header>
      {applied && (
        <p className={styles.success} role="status" data-testid="seller-fair-applied">
          {t("applied")}
        </p>
      )}
      <section className={styles.card}>
        <FairFacts fair={fair} now={renderedAt} />
        <Link href={`/fairs/${fair.slug}`} className={styles.publicLink} data-testid="seller-fair-public-link">
          {t("publicLink")}
        </Link>
      </section>
      <section className={styles.card} aria-labelledby="seller-fair-decision" data-testid="seller-fair-booth">
        <h2 id="seller-fair-decision">{t("decisionTitle")}</h2>
        <p className={styles.status}>
          <span>{t("boothLabel")}:</span> <BoothStatus status={booth?.status ?? null} testId="seller-fair-booth-status" />
          {booth?.code && <strong data-testid="seller-fair-booth-code"> {t("boothCode", { code: booth.code })}</strong>}
        </p>
        {booth?.status === "applied" && <p className={styles.muted}>{t("appliedNote")}</p>}
        {booth?.status === "approved" && booth.code && <p className={styles.muted}>{t("approvedNote", { code: booth.code })}</p>}
        {booth?.status === "rejected" && (
          <p className={styles.reason} data-testid="seller-fair-reject-reason">
            {booth.rejectReason ? t("rejectReason", { reason: booth.rejectReason }) : t("rejectedNote")}
          </p>
        )}
        {booth?.status === "invited" && <p className={styles.muted}>{fair.canApply ? t("invitedNote") : t("invitedClosedNote")}</p>}
        {!booth && !fair.canApply && <p className={styles.muted}>{t("closedNote")}</p>}
        {decided && (
          <>
            <h3 className={styles.subheading}>{t("featuredTitle")}</h3>
            <BoothProducts products={booth.products} />
          </>
        )}
      </section>
      {report && <BoothReport report={report} />}
      {fair.canApply && options && (
        <section className={styles.apply} aria-labelledby="seller-fair-apply">
          <h2 id="seller-fair-apply">{t("apply.title")}</h2>
          {options.length > 0 ? (
            <FairApplicationForm fairId={fair.id} options={options} />
          ) : (
            <div className={styles.empty} data-testid="fair-apply-no-products">
              <p>{t("apply.noProducts")}</p>
              <Link href={SELLER_PATHS.newProduct} className="button button-primary">
                {t("apply.addProduct")}
              </Link>
            </div>
          )}
        </section>
      )}
    </>
  )
}
