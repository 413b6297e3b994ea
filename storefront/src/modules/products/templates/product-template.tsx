import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import SellerIdentity from "@/modules/cooperatives/components/seller-identity"
import WholesaleInquiry from "@/modules/trade-leads/components/wholesale-inquiry"
import type { DeliveryOptionView, ProductView, SellerStatsView } from "@/types/views"
import ProductActions from "../components/product-actions"
import ProductBadges from "../components/product-badges"
import DeliveryEstimate from "../components/delivery-estimate"
import ProductGallery from "../components/product-gallery"
import styles from "./product-template.module.css"

type Props = {
  product: ProductView
  /** How the product reaches the shopper's region; null when it could not be read (the section is then left out). */
  delivery: DeliveryOptionView[] | null
  sellerStats: SellerStatsView | null
}

// The wholesale inquiry's form, which the seller card links to (inside the closed section, so following the link opens it).
const WHOLESALE_FORM_ID = "wholesale-inquiry-form"

/** Product page: gallery, then title, maker, buying controls, delivery to the shopper's region, the seller card, description and a wholesale inquiry. */
export default async function ProductTemplate({ product, delivery, sellerStats }: Props) {
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
        {delivery && <DeliveryEstimate options={delivery} />}
        {product.seller && (
          <SellerIdentity seller={product.seller} stats={sellerStats} wholesaleHref={product.cooperative ? `#${WHOLESALE_FORM_ID}` : undefined} />
        )}
        {paragraphs.length > 0 && (
          <section className={styles.description}>
            <h2>{t("description")}</h2>
            {paragraphs.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </section>
        )}
        {product.cooperative && (
          <WholesaleInquiry
            context={{ cooperative: product.cooperative.handle, productId: product.id }}
            cooperativeName={product.cooperative.name}
            formId={WHOLESALE_FORM_ID}
          />
        )}
      </div>
    </article>
  )
}
