import { getTranslations } from "next-intl/server"
import OcopShowcase from "@/modules/ocop/components/ocop-showcase"
import ProductGrid from "@/modules/products/components/product-grid"
import type { CategoryView, CollectionView, ProductCardView } from "@/types/views"
import CategoryList from "../components/category-list"
import CollectionList from "../components/collection-list"
import Hero from "../components/hero"
import styles from "./home-template.module.css"

type Props = { categories: CategoryView[]; collections: CollectionView[]; featured: ProductCardView[]; ocop: ProductCardView[] }

/** Home page: banner, categories, collections, the best OCOP products, newest products. */
export default async function HomeTemplate({ categories, collections, featured, ocop }: Props) {
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
        {collections.length > 0 && (
          <section aria-labelledby="home-collections" data-testid="home-collections">
            <h2 id="home-collections">{t("collectionsTitle")}</h2>
            <CollectionList collections={collections} />
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
