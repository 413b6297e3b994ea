import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import SellerIdentity from "@/modules/cooperatives/components/seller-identity"
import WholesaleInquiry from "@/modules/trade-leads/components/wholesale-inquiry"
import type { ProductView } from "@/types/views"
import ProductActions from "../components/product-actions"
import ProductBadges from "../components/product-badges"
import ProductGallery from "../components/product-gallery"
import styles from "./product-template.module.css"

type Props = { product: ProductView }

/** Product page: gallery, then title, maker, buying controls, the seller's identity, description and a wholesale inquiry. */
export default async function ProductTemplate({ product }: Props) {
  const t = await getTranslations("Product")
  const paragraphs = product.description?.split(/\n\s*\n/).filter((p) => p.trim() !== "") ?? []

  return (
    <article className={`container ${styles.layout}`}>
      <ProductGallery images={product.images} />
      <div className={styles.info}>
        <header className={styles.header}>
          <h1 className={styles.title} data-testid="product-title">
            {product.title}
          </h1>
          {product.subtitle && <p className={styles.subtitle}>{product.subtitle}</p>}
          {product.cooperative && (
            <p className={styles.maker}>
              <span>{t("madeBy")}: </span>
              <Link href={`/cooperatives/${product.cooperative.handle}`} data-testid="cooperative-link">
                {product.cooperative.name}
              </Link>
            </p>
          )}
          <ProductBadges product={product} />
        </header>
        <ProductActions variants={product.variants} optionTitle={product.optionTitle} />
        {product.seller && <SellerIdentity seller={product.seller} />}
        {paragraphs.length > 0 && (
          <section className={styles.description}>
            <h2>{t("description")}</h2>
            {paragraphs.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </section>
        )}
        {product.cooperative && (
          <WholesaleInquiry context={{ cooperative: product.cooperative.handle, productId: product.id }} cooperativeName={product.cooperative.name} />
        )}
      </div>
    </article>
  )
}
