import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import ProductGrid from "@/modules/products/components/product-grid"
import type { ProductCardView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { products: ProductCardView[] }

/** The home page's OCOP section: a few 4–5★ products and the way to all of them. Hidden when there are none. */
export default async function OcopShowcase({ products }: Props) {
  if (products.length === 0) return null
  const t = await getTranslations("Ocop")
  return (
    <section aria-labelledby="home-ocop" className={styles.showcase} data-testid="ocop-showcase">
      <div className={styles.heading}>
        <div>
          <h2 id="home-ocop">{t("showcaseTitle")}</h2>
          <p className={styles.text}>{t("showcaseText")}</p>
        </div>
        <Link href="/ocop" className="button" data-testid="ocop-showcase-link">
          {t("showcaseLink")} →
        </Link>
      </div>
      <ProductGrid products={products} emptyText="" />
    </section>
  )
}
