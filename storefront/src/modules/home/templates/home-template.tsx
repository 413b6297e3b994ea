import { getTranslations } from "next-intl/server"
import OcopShowcase from "@/modules/ocop/components/ocop-showcase"
import ProductGrid from "@/modules/products/components/product-grid"
import type { CategoryView, ProductCardView } from "@/types/views"
import CategoryList from "../components/category-list"
import Hero from "../components/hero"
import styles from "./home-template.module.css"

type Props = { categories: CategoryView[]; featured: ProductCardView[]; ocop: ProductCardView[] }

/** Home page: banner, categories, the best OCOP products, newest products. */
export default async function HomeTemplate({ categories, featured, ocop }: Props) {
  const t = await getTranslations("Home")
  return (
    <>
      <Hero />
      <div className={`container ${styles.sections}`}>
        {categories.length > 0 && (
          <section aria-labelledby="home-categories">
            <h2 id="home-categories">{t("categoriesTitle")}</h2>
            <CategoryList categories={categories} />
          </section>
        )}
        <OcopShowcase products={ocop} />
        <section aria-labelledby="home-featured" data-testid="home-featured">
          <h2 id="home-featured">{t("featuredTitle")}</h2>
          <ProductGrid products={featured} emptyText={t("noProducts")} />
        </section>
      </div>
    </>
  )
}
