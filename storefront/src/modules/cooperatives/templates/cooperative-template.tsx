import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import ProductGrid from "@/modules/products/components/product-grid"
import type { CooperativeView, ProductCardView } from "@/types/views"
import CooperativeFacts from "../components/cooperative-facts"
import CooperativeSummary from "../components/cooperative-summary"
import styles from "./cooperative-template.module.css"

type Props = { cooperative: CooperativeView; products: ProductCardView[] }

/** Cooperative page: who they are, the identity a shopper can check, then what they sell. */
export default async function CooperativeTemplate({ cooperative, products }: Props) {
  const [t, tp] = await Promise.all([getTranslations("Cooperative"), getTranslations("CooperativeProfile")])
  return (
    <div className="container">
      <p className={styles.back}>
        <Link href="/cooperatives" data-testid="cooperative-directory-link">
          ← {tp("allCooperatives")}
        </Link>
      </p>
      <CooperativeSummary cooperative={cooperative} />
      <CooperativeFacts cooperative={cooperative} />
      <section aria-labelledby="cooperative-products">
        <h2 id="cooperative-products">{t("productsTitle")}</h2>
        <ProductGrid products={products} emptyText={t("noProducts")} hideCooperative />
      </section>
    </div>
  )
}
