import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import styles from "./styles.module.css"

/** Title bar of the portal's public pages (log in, register, invitations). */
export default async function PublicHeader() {
  const t = await getTranslations("SellerNav")
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href={SELLER_PATHS.home} className={styles.title} data-testid="seller-portal-home">
          <span className={styles.mark} aria-hidden="true">
            HTX
          </span>
          {t("portal")}
        </Link>
        <p className={styles.tagline}>{t("tagline")}</p>
      </div>
    </header>
  )
}
