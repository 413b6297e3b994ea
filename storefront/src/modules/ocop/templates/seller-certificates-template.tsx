import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SellerOcopCertificateRow } from "@/lib/data/seller/ocop-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import SellerCertificateList from "../components/seller-certificate-list"
import styles from "./seller-template.module.css"

type Props = { rows: SellerOcopCertificateRow[]; count: number; submitted: boolean }

/** The cooperative's OCOP certificates: submit a new one, and where each one stands. */
export default async function SellerCertificatesTemplate({ rows, count, submitted }: Props) {
  const t = await getTranslations("OcopSeller")
  return (
    <>
      <Link href={SELLER_PATHS.products} className={styles.back} data-testid="ocop-back-products">
        ← {t("backToProducts")}
      </Link>
      <div className={styles.heading}>
        <h1>{t("title")}</h1>
        <Link href={SELLER_PATHS.newOcopCertificate} className="button button-primary" data-testid="ocop-new">
          {t("new")}
        </Link>
      </div>
      <p className={styles.lead}>{t("lead")}</p>
      {submitted && (
        <p className={styles.success} role="status" data-testid="ocop-submitted">
          {t("submitted")}
        </p>
      )}
      <p className={styles.count} data-testid="ocop-certificate-count">
        {t("count", { count })}
      </p>
      {rows.length > 0 ? (
        <SellerCertificateList rows={rows} />
      ) : (
        <p className={styles.empty} data-testid="ocop-empty">
          {t("empty")}
        </p>
      )}
    </>
  )
}
