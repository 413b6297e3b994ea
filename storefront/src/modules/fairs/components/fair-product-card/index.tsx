import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { FairProductView } from "@/lib/data/fair-views"
import Thumbnail from "@/modules/common/components/thumbnail"
import FairAddToCart from "../fair-add-to-cart"
import styles from "./styles.module.css"

type Props = {
  product: FairProductView
  fairSlug: string
  /** Only while the fair is live does the cart charge the fair price, so only then is there a button. */
  canBuy: boolean
  /** On a booth's own page its code on every card is noise. */
  showBooth?: boolean
  eager?: boolean
}

/** A featured product: its picture and name (to the product page), its booth, the regular price struck through beside the fair price. */
export default function FairProductCard({ product, fairSlug, canBuy, showBooth = true, eager = false }: Props) {
  const t = useTranslations("FairProduct")
  return (
    <article className={styles.card} data-testid="fair-product" data-booth={product.boothCode} data-variant={product.variantId}>
      <Link href={`/products/${product.handle}`} className={styles.link} data-testid="fair-product-link">
        <Thumbnail src={product.thumbnail} alt={product.title} fallbackLabel={t("noImage")} eager={eager} />
        <h3 className={styles.title} data-testid="fair-product-title">
          {product.title}
        </h3>
      </Link>
      {product.variantTitle && <p className={styles.meta}>{product.variantTitle}</p>}
      {showBooth && (
        <p className={styles.meta} data-testid="fair-product-booth">
          {t("booth", { code: product.boothCode, name: product.cooperativeName })}
        </p>
      )}
      <p className={styles.prices}>
        {product.regularPriceLabel && (
          <>
            <span className="visually-hidden">{t("regularPrice")}</span>
            <s className={styles.regular} data-testid="fair-product-regular-price">
              {product.regularPriceLabel}
            </s>
          </>
        )}
        <span className="visually-hidden">{t("fairPrice")}</span>
        <strong className={styles.fair} data-testid="fair-product-fair-price">
          {product.fairPriceLabel}
        </strong>
        {product.percentOff !== null && <span className={styles.off}>{t("percentOff", { percent: product.percentOff })}</span>}
      </p>
      {canBuy && <FairAddToCart variantId={product.variantId} title={product.title} fairSlug={fairSlug} boothCode={product.boothCode} />}
    </article>
  )
}
