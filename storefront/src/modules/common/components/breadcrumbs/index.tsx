import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./styles.module.css"

type Props = { current: string }

/** "Home / <current page>" trail above a listing. */
export default async function Breadcrumbs({ current }: Props) {
  const t = await getTranslations("Category")
  return (
    <nav aria-label={t("breadcrumb")} className={styles.nav}>
      <ol className={styles.list}>
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
