import { getTranslations } from "next-intl/server"
import ProductGrid from "@/modules/products/components/product-grid"
import type { CooperativeView, ProductCardView } from "@/types/views"
import CooperativeSummary from "../components/cooperative-summary"

type Props = { cooperative: CooperativeView; products: ProductCardView[] }

/** Cooperative page: who they are, then what they sell. The full directory profile comes later. */
export default async function CooperativeTemplate({ cooperative, products }: Props) {
  const t = await getTranslations("Cooperative")
  return (
    <div className="container">
      <CooperativeSummary cooperative={cooperative} />
      <section aria-labelledby="cooperative-products">
        <h2 id="cooperative-products">{t("productsTitle")}</h2>
        <ProductGrid products={products} emptyText={t("noProducts")} hideCooperative />
      </section>
    </div>
  )
}
