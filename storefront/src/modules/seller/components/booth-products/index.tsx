import { useTranslations } from "next-intl"
import type { SellerBoothProduct } from "@/lib/data/seller/fair-views"
import styles from "./styles.module.css"

/** The products a booth features, each at its fair price. */
export default function BoothProducts({ products }: { products: SellerBoothProduct[] }) {
  const t = useTranslations("SellerFairs")
  if (products.length === 0) return <p className={styles.empty}>{t("featuredEmpty")}</p>
  return (
    <ul className={styles.list} data-testid="seller-booth-products">
      {products.map((product, i) => (
        <li key={product.variantId ?? i} className={styles.row} data-testid="seller-booth-product" data-variant-id={product.variantId ?? undefined}>
          <span className={styles.title}>
            {product.title}
            {product.variantTitle && <span className={styles.variant}> · {product.variantTitle}</span>}
          </span>
          <span className={styles.price}>
            <span className={styles.label}>{t("fairPrice")}</span>{" "}
            <strong data-testid="seller-booth-product-price">{product.fairPriceLabel}</strong>
          </span>
        </li>
      ))}
    </ul>
  )
}
