import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import styles from "./styles.module.css"

type Props = {
  pagination: Pick<PaginationState, "page" | "totalPages">
  pathname: string
  /** Other URL parameters the listing keeps from page to page, e.g. its search and filters; empty ones are left out. */
  query?: Record<string, string>
  /** Test ids of the links: `<prefix>-prev` and `<prefix>-next`. */
  testIdPrefix?: string
}

function pageHref(pathname: string, page: number, query: Record<string, string>) {
  const kept = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""))
  // Page 1 has no ?page= so each listing has one canonical first URL.
  const params = page === 1 ? kept : { ...kept, page: String(page) }
  return Object.keys(params).length === 0 ? pathname : { pathname, query: params }
}

/** Previous / next links for a listing; a link appears only when there is a page to go to. */
export default async function Pagination({ pagination, pathname, query = {}, testIdPrefix = "pagination" }: Props) {
  if (pagination.totalPages <= 1) return null
  const t = await getTranslations("Pagination")
  const { page, totalPages } = pagination
  const [hasPrevious, hasNext] = [page > 1, page < totalPages]
  return (
    <nav className={styles.nav} aria-label={t("label")}>
      {hasPrevious ? (
        <Link href={pageHref(pathname, page - 1, query)} rel="prev" className="button" data-testid={`${testIdPrefix}-prev`}>
          ← {t("previous")}
        </Link>
      ) : (
        <span className={styles.spacer} />
      )}
      <p className={styles.status} aria-current="page">
        {t("status", { page, total: totalPages })}
      </p>
      {hasNext ? (
        <Link href={pageHref(pathname, page + 1, query)} rel="next" className="button" data-testid={`${testIdPrefix}-next`}>
          {t("next")} →
        </Link>
      ) : (
        <span className={styles.spacer} />
      )}
    </nav>
  )
}
