import { getTranslations } from "next-intl/server"
import { OCOP_STAR_FILTERS } from "@/lib/data/mappers/ocop"
import type { OcopStars } from "@/types/views"
import styles from "./styles.module.css"

type Props = {
  minStars: OcopStars | null
  /** On a category or collection page "all" means every product, not only certified ones. */
  scope: "ocop" | "category"
}

/** The OCOP star floor as a `min_stars` select, for any GET form that lists products. */
export default async function OcopStarsField({ minStars, scope }: Props) {
  const t = await getTranslations("Ocop")
  const starLabel = (stars: OcopStars) => {
    if (scope === "category") return stars === 5 ? t("starsCategoryFive") : t("starsCategoryAtLeast", { stars })
    return stars === 5 ? t("starsExactlyFive") : t("starsAtLeast", { stars })
  }
  const id = `ocop-${scope}-stars`
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t("starsLabel")}</label>
      <select id={id} name="min_stars" defaultValue={minStars ? String(minStars) : "all"} data-testid="ocop-filter-stars">
        <option value="all">{scope === "category" ? t("starsAllProducts") : t("starsAll")}</option>
        {OCOP_STAR_FILTERS.map((stars) => (
          <option key={stars} value={String(stars)}>
            {starLabel(stars)}
          </option>
        ))}
      </select>
    </div>
  )
}
