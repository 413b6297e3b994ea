import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { sellerProductLotsPath } from "@/lib/data/seller/lot-paths"
import { emptyProductValues } from "@/lib/data/seller/mappers/product"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { CategoryOption, SellerProductView } from "@/lib/data/seller/product-views"
import ProductEditor from "../components/product-editor"
import styles from "./edit-template.module.css"

type Props = { product: SellerProductView | null; categories: CategoryOption[]; created: boolean }

/** The product editor page, for a new product (`product` null) or an existing one. */
export default async function ProductEditTemplate({ product, categories, created }: Props) {
  const [t, tLots] = await Promise.all([getTranslations("SellerProducts"), getTranslations("TraceSeller")])
  return (
    <>
      <Link href={SELLER_PATHS.products} className={styles.back} data-testid="seller-product-back">
        ← {t("backToList")}
      </Link>
      <h1 data-testid="seller-product-heading">{product ? product.values.title || t("untitled") : t("newTitle")}</h1>
      {product && (
        <Link href={sellerProductLotsPath(product.id)} className={styles.back} data-testid="seller-product-lots">
          {tLots("productLots")} →
        </Link>
      )}
      {categories.length === 0 && <p className={styles.warning}>{t("noCategories")}</p>}
      <ProductEditor
        // A fresh editor per product, so navigating from one product to another never mixes their fields.
        key={product?.id ?? "new"}
        product={product}
        initial={product?.values ?? emptyProductValues()}
        categories={categories}
        created={created}
      />
    </>
  )
}
