import { useTranslations } from "next-intl"
import type { OcopCertificateStatus, SellerOcopCertificateRow } from "@/lib/data/seller/ocop-views"
import StatusBadge, { type BadgeTone } from "@/modules/seller/components/status-badge"
import styles from "./styles.module.css"

const TONES: Record<OcopCertificateStatus, BadgeTone> = {
  submitted: "warn",
  verified: "good",
  rejected: "bad",
  revoked: "bad",
  expired: "neutral",
}

/** The cooperative's certificates: rating, products, decision, validity and where each stands (with why). */
export default function SellerCertificateList({ rows }: { rows: SellerOcopCertificateRow[] }) {
  const t = useTranslations("OcopSeller")
  return (
    <ul className={styles.list} data-testid="ocop-certificate-list">
      {rows.map((row) => (
        <li key={row.id} className={styles.row} data-testid="ocop-certificate-row" data-id={row.id} data-status={row.status} data-stars={row.stars}>
          <div className={styles.top}>
            <span className={styles.stars} data-testid="ocop-certificate-stars">
              <span aria-hidden="true">{"★".repeat(Math.max(0, Math.min(5, row.stars)))} </span>
              {t("stars", { stars: row.stars })}
              {row.potentialFiveStar && `, ${t("potential")}`}
            </span>
            <StatusBadge label={t(`status.${row.status}`)} tone={TONES[row.status]} status={row.status} testId="ocop-certificate-status" />
          </div>
          <p className={styles.products} data-testid="ocop-certificate-products">
            {row.products.map((product) => product.title).join(", ")}
          </p>
          <p className={styles.meta}>{row.productSet}</p>
          <p className={styles.meta}>
            <span data-testid="ocop-certificate-decision">{t("decision", { number: row.decisionNumber })}</span>
            {row.issuingAuthority && <span> · {t("issuedBy", { authority: row.issuingAuthority })}</span>}
          </p>
          <p className={styles.meta} data-testid="ocop-certificate-validity">
            {t("validity", { issued: row.issuedLabel, expires: row.expiresLabel })}
          </p>
          {row.statusReason && (row.status === "rejected" || row.status === "revoked") && (
            <p className={styles.reason} data-testid="ocop-certificate-reason">
              {t("reason", { reason: row.statusReason })}
            </p>
          )}
          {row.status === "verified" && !row.badgeActive && <p className={styles.reason}>{t("notShown")}</p>}
          <p className={styles.footer}>
            {row.submittedLabel && <span>{t("submittedOn", { date: row.submittedLabel })}</span>}
            {row.documentUrl && (
              <a href={row.documentUrl} target="_blank" rel="noreferrer" data-testid="ocop-certificate-document">
                {t("document")}
              </a>
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}
