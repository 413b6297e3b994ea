import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./styles.module.css"

type Props = {
  pathname: string
  page: number
  totalPages: number
  /** The list's other filters, kept on every page link. */
  query: Record<string, string>
  testIdPrefix: string
}

function href(pathname: string, query: Record<string, string>, page: number) {
  const rest = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""))
  return { pathname, query: page === 1 ? rest : { ...rest, page: String(page) } }
}

/** Previous / next for a seller list, keeping its search and filter. */
export default async function ListPagination({ pathname, page, totalPages, query, testIdPrefix }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations("Pagination")
  return (
    <nav className={styles.nav} aria-label={t("label")}>
      {page > 1 ? (
        <Link href={href(pathname, query, page - 1)} rel="prev" className="button" data-testid={`${testIdPrefix}-prev`}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className={styles.status}>{t("status", { page, total: totalPages })}</p>
      {page < totalPages ? (
        <Link href={href(pathname, query, page + 1)} rel="next" className="button" data-testid={`${testIdPrefix}-next`}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
