"use client"

import { useTranslations } from "next-intl"
import { MAX_CATEGORIES } from "@/lib/data/seller/mappers/product-payload"
import type { CategoryOption } from "@/lib/data/seller/product-views"
import form from "../../styles/form.module.css"
import styles from "./styles.module.css"

type Props = { categories: CategoryOption[]; selected: string[]; onChange: (ids: string[]) => void }

/** One to three categories as large tick boxes; once three are ticked the rest wait until one is unticked. */
export default function CategoryPicker({ categories, selected, onChange }: Props) {
  const t = useTranslations("SellerProducts")
  const full = selected.length >= MAX_CATEGORIES

  function toggle(id: string, checked: boolean) {
    onChange(checked ? [...selected, id] : selected.filter((value) => value !== id))
  }

  return (
    <fieldset className={styles.picker} data-testid="seller-product-categories">
      <legend className={form.label}>{t("categories")}</legend>
      <p className={form.hint}>{t("categoriesHint", { max: MAX_CATEGORIES })}</p>
      <div className={styles.options}>
        {categories.map((category) => {
          const checked = selected.includes(category.id)
          return (
            <label key={category.id} className={`${styles.option} ${checked ? styles.checked : ""}`}>
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && full}
                onChange={(event) => toggle(category.id, event.target.checked)}
                data-testid="seller-product-category"
                data-id={category.id}
              />
              {category.name}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
