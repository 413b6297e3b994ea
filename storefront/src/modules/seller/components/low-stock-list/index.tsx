import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { sellerProductPath } from "@/lib/data/seller/paths"
import type { LowStockView } from "@/lib/data/seller/views"
import styles from "./styles.module.css"

/** Variants running out, fewest first, each linking to its product's editor. */
export default function LowStockList({ items }: { items: LowStockView[] }) {
  const t = useTranslations("SellerDashboard")
  return (
    <section className={styles.card} aria-labelledby="seller-low-stock-title" data-testid="seller-low-stock">
      <h2 id="seller-low-stock-title" className={styles.heading}>
        {t("lowStockTitle")}
      </h2>
      {items.length === 0 ? (
        <p className={styles.empty}>{t("lowStockEmpty")}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.variantId} data-testid="seller-low-stock-item" data-variant-id={item.variantId}>
              <Link href={sellerProductPath(item.productId)} className={styles.row}>
                <span>
                  <span className={styles.title}>{item.productTitle}</span>
                  {item.variantTitle && <span className={styles.meta}> · {item.variantTitle}</span>}
                  {item.sku && <span className={styles.meta}> · {item.sku}</span>}
                </span>
                <span className={item.quantity <= 0 ? styles.out : styles.low}>{t("inStock", { count: item.quantity })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
