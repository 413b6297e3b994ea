import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { FairCategoryView, FairProductView, FairView } from "@/lib/data/fair-views"
import BoothFilter from "../components/booth-filter"
import BoothList from "../components/booth-list"
import CategoryFilter from "../components/category-filter"
import FairHeader from "../components/fair-header"
import FairProductGrid from "../components/fair-product-grid"
import FairVisit from "../components/fair-visit"
import styles from "./fair-template.module.css"

type Props = {
  fair: FairView
  products: FairProductView[]
  /** The booth whose products are shown, or null for every booth. */
  booth: string | null
  /** Every category the fair's products are filed under, and the one shown (null for all). */
  categories: FairCategoryView[]
  category: string | null
  renderedAt: number
}

/** One fair: what, when and where, its booths, then its products at fair prices, filterable by booth and by category. */
export default async function FairTemplate({ fair, products, booth, categories, category, renderedAt }: Props) {
  const t = await getTranslations("Fair")
  const live = fair.phase === "live"
  return (
    <div className="container" data-testid="fair-page" data-slug={fair.slug} data-phase={fair.phase}>
      <p className={styles.back}>
        <Link href="/fairs" data-testid="fair-all-link">
          ← {t("allFairs")}
        </Link>
      </p>
      <FairVisit slug={fair.slug} booth={null} />
      <FairHeader fair={fair} renderedAt={renderedAt} />
      <section aria-labelledby="fair-booths">
        <h2 id="fair-booths">{t("boothsTitle")}</h2>
        <BoothList fairSlug={fair.slug} booths={fair.booths} />
      </section>
      <section aria-labelledby="fair-products">
        <h2 id="fair-products">{t("productsTitle")}</h2>
        {!live && <p className={styles.note}>{t("fairPriceNote")}</p>}
        {fair.booths.length > 1 && <BoothFilter fairSlug={fair.slug} booths={fair.booths} selected={booth} category={category} />}
        {categories.length > 1 && <CategoryFilter fairSlug={fair.slug} categories={categories} selected={category} booth={booth} />}
        <FairProductGrid products={products} fairSlug={fair.slug} canBuy={live} emptyText={t("productsEmpty")} />
      </section>
    </div>
  )
}
