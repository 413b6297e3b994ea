import { getTranslations } from "next-intl/server"
import { SEARCH_SORTS, type SearchQuery, type SearchSort as Sort } from "@/lib/data/search-views"
import { SEARCH_FORM_ID } from "../search-filters"
import styles from "./styles.module.css"

type Props = {
  query: Pick<SearchQuery, "q" | "sort">
  /** The orders offered (every one on the results page). */
  sorts?: readonly Sort[]
}

/** The order of the results; it belongs to the filter form, so sorting keeps every filter (and works without JavaScript). */
export default async function SearchSort({ query, sorts = SEARCH_SORTS }: Props) {
  const t = await getTranslations("Search")
  // Without a chosen order the backend ranks by relevance, or newest first when there is no text.
  const current = query.sort ?? (query.q ? "relevance" : "newest")
  return (
    <div className={styles.sort}>
      <label htmlFor="search-sort">{t("sortLabel")}</label>
      <select id="search-sort" name="sort" form={SEARCH_FORM_ID} defaultValue={current} data-testid="search-sort">
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`sort.${sort}`)}
          </option>
        ))}
      </select>
      <button type="submit" form={SEARCH_FORM_ID} className="button" data-testid="search-sort-apply">
        {t("sortApply")}
      </button>
    </div>
  )
}
