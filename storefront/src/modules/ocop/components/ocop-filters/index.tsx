import { getLocale, getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { OCOP_SORTS } from "@/lib/data/mappers/ocop"
import type { OcopSort, OcopStars } from "@/types/views"
import OcopStarsField from "./stars-field"
import styles from "./styles.module.css"

type Props = {
  /** The listing the form reloads, e.g. "/ocop" or a category's path. */
  pathname: string
  minStars: OcopStars | null
  /** The current order; leave out where the listing offers none (a category page). */
  sort?: OcopSort
  /** On a category page "all" means every product, not only certified ones. */
  scope: "ocop" | "category"
}

/** Star filter (and order) as a plain GET form, so the listing can be narrowed before, or without, JavaScript. */
export default async function OcopFilters({ pathname, minStars, sort, scope }: Props) {
  const [t, locale] = await Promise.all([getTranslations("Ocop"), getLocale()])
  const id = (name: string) => `ocop-${scope}-${name}`

  return (
    <form
      method="get"
      action={getPathname({ href: pathname, locale })}
      aria-label={t("filtersLabel")}
      className={styles.form}
      data-testid="ocop-filters"
    >
      <OcopStarsField minStars={minStars} scope={scope} />
      {sort && (
        <div className={styles.field}>
          <label htmlFor={id("sort")}>{t("sortLabel")}</label>
          <select id={id("sort")} name="sort" defaultValue={sort} data-testid="ocop-sort">
            {OCOP_SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`sort.${value}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button" data-testid="ocop-filter-apply">
        {t("apply")}
      </button>
    </form>
  )
}
