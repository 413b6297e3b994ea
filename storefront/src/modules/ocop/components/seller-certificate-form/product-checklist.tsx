"use client"

import { useTranslations } from "next-intl"
import { MAX_OCOP_PRODUCTS } from "@/lib/data/seller/mappers/ocop"
import type { OcopProductOption } from "@/lib/data/seller/ocop-views"
import form from "@/modules/seller/styles/form.module.css"
import styles from "./styles.module.css"

type Props = { products: OcopProductOption[]; selected: string[]; onChange: (ids: string[]) => void; disabled: boolean }

/** The cooperative's products as checkboxes: the ones the decision names. */
export default function ProductChecklist({ products, selected, onChange, disabled }: Props) {
  const t = useTranslations("OcopSeller")
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id))

  return (
    <fieldset className={form.section} data-testid="ocop-products" aria-describedby="ocop-products-hint">
      <legend>{t("productsSection")}</legend>
      <p className={form.hint} id="ocop-products-hint">
        {t("productsHint", { max: MAX_OCOP_PRODUCTS })}
      </p>
      <ul className={styles.products}>
        {products.map((product) => (
          <li key={product.id}>
            <label className={styles.product}>
              <input
                type="checkbox"
                value={product.id}
                checked={selected.includes(product.id)}
                onChange={(event) => toggle(product.id, event.target.checked)}
                disabled={disabled}
                data-testid="ocop-product-option"
                data-id={product.id}
              />
              <span>
                {product.title}
                {product.draft && <span className={form.optional}> ({t("draft")})</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
