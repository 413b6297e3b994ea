import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/util/date"
import OcopBadge from "@/modules/ocop/components/ocop-badge"
import type { ProductView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { product: Pick<ProductView, "id" | "ocop"> }

/** Trust badges next to the product title: the active OCOP rating with its product set and validity. */
export default function ProductBadges({ product }: Props) {
  const t = useTranslations("Ocop")
  const locale = useLocale()
  const { ocop } = product
  if (!ocop) return null
  return (
    <div className={styles.badges} data-testid="product-ocop">
      <OcopBadge badge={ocop} size="md" />
      <p className={styles.details}>
        {ocop.productSetName && <span data-testid="product-ocop-set">{t("productSet", { name: ocop.productSetName })}</span>}
        <span data-testid="product-ocop-expiry">{t("expiresOn", { date: formatDate(ocop.expiresOn, locale) })}</span>
        <Link href="/ocop" data-testid="product-ocop-link">
          {t("aboutLink")}
        </Link>
      </p>
    </div>
  )
}
