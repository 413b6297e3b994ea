import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import Thumbnail from "@/modules/common/components/thumbnail"
import OcopBadge from "@/modules/ocop/components/ocop-badge"
import type { ProductCardView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { product: ProductCardView; eager?: boolean; hideCooperative?: boolean }

/** A product in a listing; the whole card links to the product page. */
export default function ProductCard({ product, eager, hideCooperative = false }: Props) {
  const t = useTranslations("Product")
  const price = product.priceLabel
    ? product.priceVaries
      ? t("from", { price: product.priceLabel })
      : product.priceLabel
    : t("priceUnavailable")

  return (
    <Link href={`/products/${product.handle}`} className={styles.card} data-testid="product-card" data-cooperative={product.cooperative?.handle}>
      <Thumbnail src={product.thumbnail} alt={product.title} fallbackLabel={t("noImage")} eager={eager} />
      <div className={styles.body}>
        {product.ocop && <OcopBadge badge={product.ocop} />}
        <h3 className={styles.title}>{product.title}</h3>
        {product.cooperative && !hideCooperative && <p className={styles.cooperative}>{product.cooperative.name}</p>}
        <p className={styles.price} data-testid="product-card-price">
          {price}
        </p>
        {!product.inStock && <p className={styles.soldOut}>{t("stockOut")}</p>}
      </div>
    </Link>
  )
}
