import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import styles from "./styles.module.css"

type Props = {
  pagination: PaginationState
  pathname: string
  /** Other URL parameters the listing keeps from page to page, e.g. its search and filters. */
  query?: Record<string, string>
}

function pageHref(pathname: string, page: number, query: Record<string, string>) {
  // Page 1 has no ?page= so each listing has one canonical first URL.
  const params = page === 1 ? query : { ...query, page: String(page) }
  return Object.keys(params).length === 0 ? pathname : { pathname, query: params }
}

/** Previous / next links for a listing; a link appears only when there is a page to go to. */
export default async function Pagination({ pagination, pathname, query = {} }: Props) {
  if (pagination.totalPages <= 1) return null
  const t = await getTranslations("Pagination")
  const { page, totalPages, hasPrevious, hasNext } = pagination
  return (
    <nav className={styles.nav} aria-label={t("label")}>
      {hasPrevious ? (
        <Link href={pageHref(pathname, page - 1, query)} rel="prev" className="button" data-testid="pagination-prev">
          ← {t("previous")}
        </Link>
      ) : (
        <span className={styles.spacer} />
      )}
      <p className={styles.status} aria-current="page">
        {t("status", { page, total: totalPages })}
      </p>
      {hasNext ? (
        <Link href={pageHref(pathname, page + 1, query)} rel="next" className="button" data-testid="pagination-next">
          {t("next")} →
        </Link>
      ) : (
        <span className={styles.spacer} />
      )}
    </nav>
  )
}
