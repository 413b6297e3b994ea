import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import OcopSummary from "@/modules/ocop/components/ocop-summary"
import ProductGrid from "@/modules/products/components/product-grid"
import WholesaleInquiry from "@/modules/trade-leads/components/wholesale-inquiry"
import type { CooperativeView, OcopSummaryView, ProductCardView } from "@/types/views"
import CooperativeFacts from "../components/cooperative-facts"
import CooperativeSummary from "../components/cooperative-summary"
import styles from "./cooperative-template.module.css"

type Props = { cooperative: CooperativeView; products: ProductCardView[]; ocop: OcopSummaryView | null }

/** Cooperative page: who they are, their OCOP standing, the identity a shopper can check, what they sell and a wholesale inquiry. */
export default async function CooperativeTemplate({ cooperative, products, ocop }: Props) {
  const [t, tp] = await Promise.all([getTranslations("Cooperative"), getTranslations("CooperativeProfile")])
  return (
    <div className="container">
      <p className={styles.back}>
        <Link href="/cooperatives" data-testid="cooperative-directory-link">
          ← {tp("allCooperatives")}
        </Link>
      </p>
      <CooperativeSummary cooperative={cooperative} />
      {ocop && <OcopSummary summary={ocop} />}
      <CooperativeFacts cooperative={cooperative} />
      <section aria-labelledby="cooperative-products">
        <h2 id="cooperative-products">{t("productsTitle")}</h2>
        <ProductGrid products={products} emptyText={t("noProducts")} hideCooperative />
      </section>
      <div className={styles.inquiry}>
        <WholesaleInquiry
          context={{ cooperative: cooperative.handle }}
          cooperativeName={cooperative.name}
          products={products.map((product) => ({ id: product.id, title: product.title }))}
        />
      </div>
    </div>
  )
}
