import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { sellerLotPath } from "@/lib/data/seller/lot-paths"
import type { SellerLotRow } from "@/lib/data/seller/lot-views"
import Thumbnail from "@/modules/common/components/thumbnail"
import StatusBadge from "../status-badge"
import styles from "./styles.module.css"

/** The cooperative's lots as tappable rows: product, lot code, production day, steps recorded, verified or not. */
export default function LotList({ rows }: { rows: SellerLotRow[] }) {
  const t = useTranslations("TraceSeller")
  const tTrace = useTranslations("Trace")
  return (
    <ul className={styles.list} data-testid="lot-list">
      {rows.map((row) => (
        <li key={row.id} data-testid="lot-row" data-lot-code={row.lotCode} data-id={row.id} data-verified={row.verified ? "true" : "false"}>
          <Link href={sellerLotPath(row.id)} className={styles.row} data-testid="lot-link">
            <Thumbnail src={row.thumbnail} alt="" fallbackLabel={t("noImage")} size="small" />
            <span className={styles.body}>
              <span className={styles.title}>
                {row.productTitle}
                {row.variantTitle && <span className={styles.variant}> · {row.variantTitle}</span>}
              </span>
              <span className={styles.code}>
                {tTrace("lotCode")}: <strong>{row.lotCode}</strong>
              </span>
              <span className={styles.meta}>
                <span>{t("produced", { date: row.producedLabel })}</span>
                <span data-testid="lot-row-events">{t("events", { count: row.eventCount })}</span>
                <StatusBadge
                  label={row.verified ? `✓ ${t("verifiedMark")}` : t("unverifiedMark")}
                  tone={row.verified ? "good" : "bad"}
                  status={row.verified ? "verified" : "unverified"}
                  testId="lot-row-verified"
                />
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
