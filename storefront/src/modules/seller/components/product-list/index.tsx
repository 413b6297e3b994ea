import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { sellerProductPath } from "@/lib/data/seller/paths"
import type { SellerProductRow, SellerProductStatus } from "@/lib/data/seller/product-views"
import Thumbnail from "@/modules/common/components/thumbnail"
import StatusBadge, { type BadgeTone } from "../status-badge"
import styles from "./styles.module.css"

const TONES: Record<SellerProductStatus, BadgeTone> = { draft: "neutral", published: "good", archived: "warn" }

/** The cooperative's products as tappable rows: photo, name, status, price and stock. */
export default function ProductList({ rows }: { rows: SellerProductRow[] }) {
  const t = useTranslations("SellerProducts")
  return (
    <ul className={styles.list} data-testid="seller-product-list">
      {rows.map((row) => (
        <li key={row.id} data-testid="seller-product-row" data-id={row.id} data-status={row.status}>
          <Link href={sellerProductPath(row.id)} className={styles.row} data-testid="seller-product-link">
            <Thumbnail src={row.thumbnail} alt="" fallbackLabel={t("noImage")} size="small" />
            <span className={styles.body}>
              <span className={styles.title} data-testid="seller-product-title-cell">
                {row.title}
              </span>
              <span className={styles.meta}>
                <StatusBadge label={t(`status.${row.status}`)} tone={TONES[row.status]} status={row.status} />
                <span>{row.priceLabel ?? t("noPrice")}</span>
                <span>{t("stock", { count: row.stockTotal })}</span>
                <span>{t("variants", { count: row.variantCount })}</span>
              </span>
              {row.updatedLabel && <span className={styles.updated}>{t("updated", { date: row.updatedLabel })}</span>}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
