import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/util/date"
import styles from "./styles.module.css"

type Props = { locale: string }

/** Footer: what the marketplace is, a few links, copyright. Operator identity (Decree 52) comes with the legal pages. */
export default async function SiteFooter({ locale }: Props) {
  const t = await getTranslations("Footer")
  const year = formatDate(new Date(), locale, { year: "numeric" })
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <p className={styles.about}>{t("about")}</p>
        <nav className={styles.links}>
          <Link href="/">{t("home")}</Link>
          <Link href="/cart">{t("cart")}</Link>
        </nav>
        <p className={styles.copyright}>{t("copyright", { year })}</p>
      </div>
    </footer>
  )
}
