import { getTranslations } from "next-intl/server"
import styles from "./styles.module.css"

type Props = {
  min: number | null
  max: number | null
  /** The price range of the current results, as a hint of what to type. */
  hint: string | null
}

/** From / to price in whole đồng. Text fields, so "100.000" typed the Vietnamese way is read as a hundred thousand. */
export default async function PriceFields({ min, max, hint }: Props) {
  const t = await getTranslations("Search")
  return (
    <fieldset className={styles.fieldset}>
      <legend className="visually-hidden">{t("facets.price")}</legend>
      <div className={styles.price}>
        <label className={styles.priceField}>
          <span>{t("priceMin")}</span>
          <input type="text" inputMode="numeric" name="price_min" defaultValue={min ?? ""} autoComplete="off" data-testid="search-price-min" />
        </label>
        <label className={styles.priceField}>
          <span>{t("priceMax")}</span>
          <input type="text" inputMode="numeric" name="price_max" defaultValue={max ?? ""} autoComplete="off" data-testid="search-price-max" />
        </label>
      </div>
      {hint && <p className={styles.hint}>{hint}</p>}
    </fieldset>
  )
}
