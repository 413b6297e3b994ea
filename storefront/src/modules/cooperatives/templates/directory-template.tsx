import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { directoryFilterParams } from "@/lib/data/mappers/directory"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import type { DirectoryQuery, DirectoryView } from "@/types/views"
import CooperativeCard from "../components/cooperative-card"
import DirectoryFilters from "../components/directory-filters"
import styles from "./directory-template.module.css"

type Props = { directory: DirectoryView; query: DirectoryQuery; pagination: PaginationState }

/** The cooperative directory: search and filters, how many match, one page of cards, page links. */
export default async function DirectoryTemplate({ directory, query, pagination }: Props) {
  const t = await getTranslations("Directory")
  const filters = directoryFilterParams(query)

  return (
    <div className="container">
      <header className={styles.header}>
        <h1>{t("title")}</h1>
        <p className={styles.intro}>{t("intro")}</p>
      </header>
      {/* Keyed by the filters: a client-side visit (clear, page links) must reset what the fields show. */}
      <DirectoryFilters key={new URLSearchParams(filters).toString()} query={query} facets={directory.facets} />
      <p className={styles.count} data-testid="directory-count" data-count={directory.count}>
        {t("resultCount", { count: directory.count })}
      </p>
      {directory.cooperatives.length === 0 ? (
        <div className={styles.empty} data-testid="directory-empty">
          <h2>{t("emptyTitle")}</h2>
          <p>{t("emptyText")}</p>
          {Object.keys(filters).length > 0 && (
            <Link href="/cooperatives" className="button">
              {t("clear")}
            </Link>
          )}
        </div>
      ) : (
        <ul className={styles.grid} aria-label={t("resultsLabel")} data-testid="directory-results">
          {directory.cooperatives.map((cooperative) => (
            <li key={cooperative.id}>
              <CooperativeCard cooperative={cooperative} />
            </li>
          ))}
        </ul>
      )}
      <Pagination pagination={pagination} pathname="/cooperatives" query={filters} />
    </div>
  )
}
