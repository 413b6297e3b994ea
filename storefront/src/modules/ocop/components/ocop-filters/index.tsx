import { getLocale, getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { OCOP_SORTS, OCOP_STAR_FILTERS } from "@/lib/data/mappers/ocop"
import type { OcopSort, OcopStars } from "@/types/views"
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
  const starLabel = (stars: OcopStars) => {
    if (scope === "category") return stars === 5 ? t("starsCategoryFive") : t("starsCategoryAtLeast", { stars })
    return stars === 5 ? t("starsExactlyFive") : t("starsAtLeast", { stars })
  }
  const id = (name: string) => `ocop-${scope}-${name}`

  return (
    <form
      method="get"
      action={getPathname({ href: pathname, locale })}
      aria-label={t("filtersLabel")}
      className={styles.form}
      data-testid="ocop-filters"
    >
      <div className={styles.field}>
        <label htmlFor={id("stars")}>{t("starsLabel")}</label>
        <select id={id("stars")} name="min_stars" defaultValue={minStars ? String(minStars) : "all"} data-testid="ocop-filter-stars">
          <option value="all">{scope === "category" ? t("starsAllProducts") : t("starsAll")}</option>
          {OCOP_STAR_FILTERS.map((stars) => (
            <option key={stars} value={String(stars)}>
              {starLabel(stars)}
            </option>
          ))}
        </select>
      </div>
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
