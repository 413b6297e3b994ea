import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OcopProductOption, OcopProductSetGroup } from "@/lib/data/seller/ocop-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import SellerCertificateForm from "../components/seller-certificate-form"
import styles from "./seller-template.module.css"

type Props = { products: OcopProductOption[]; productSets: OcopProductSetGroup[] }

/** Submitting a certificate; a cooperative without products is sent to add one first. */
export default async function SellerNewCertificateTemplate({ products, productSets }: Props) {
  const t = await getTranslations("OcopSeller")
  return (
    <>
      <Link href={SELLER_PATHS.ocop} className={styles.back} data-testid="ocop-back">
        ← {t("backToList")}
      </Link>
      <h1>{t("newTitle")}</h1>
      <p className={styles.lead}>{t("newLead")}</p>
      {products.length === 0 ? (
        <div className={styles.empty} data-testid="ocop-no-products">
          <p>{t("noProducts")}</p>
          <Link href={SELLER_PATHS.newProduct} className="button button-primary">
            {t("addProduct")}
          </Link>
        </div>
      ) : (
        <SellerCertificateForm products={products} productSets={productSets} />
      )}
    </>
  )
}
