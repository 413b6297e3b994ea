"use client"

import { useTranslations } from "next-intl"
import { MAX_VARIANTS } from "@/lib/data/seller/mappers/product-payload"
import type { VariantFormRow } from "@/lib/data/seller/product-views"
import form from "../../styles/form.module.css"
import styles from "./styles.module.css"

type Props = { rows: VariantFormRow[]; onChange: (rows: VariantFormRow[]) => void; newKey: () => string }

type Column = { field: "title" | "sku" | "price" | "stock" | "weight"; numeric: boolean }

const COLUMNS: Column[] = [
  { field: "title", numeric: false },
  { field: "sku", numeric: false },
  { field: "price", numeric: true },
  { field: "stock", numeric: true },
  { field: "weight", numeric: true },
]

/** The product's variants (at least one): name, SKU, price in đồng, stock and weight; add and remove rows. */
export default function VariantRows({ rows, onChange, newKey }: Props) {
  const t = useTranslations("SellerProducts")

  function update(key: string, field: Column["field"], value: string) {
    onChange(rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)))
  }

  function add() {
    onChange([...rows, { key: newKey(), id: null, title: "", sku: "", price: "", stock: "0", weight: "" }])
  }

  return (
    <div className={styles.variants}>
      <ol className={styles.rows}>
        {rows.map((row, index) => (
          <li key={row.key} className={styles.row} data-testid="seller-variant-row" data-id={row.id ?? ""}>
            <p className={styles.number}>{t("variantNumber", { index: index + 1 })}</p>
            {COLUMNS.map(({ field, numeric }) => {
              const id = `variant-${row.key}-${field}`
              return (
                <div key={field} className={`${form.field} ${field === "title" ? styles.titleCell : ""}`}>
                  <label htmlFor={id} className={styles.label}>
                    {t(`variant.${field}`)}
                  </label>
                  <input
                    id={id}
                    value={row[field]}
                    onChange={(event) => update(row.key, field, event.target.value)}
                    inputMode={numeric ? "numeric" : undefined}
                    className={form.input}
                    data-testid={`seller-variant-${field}`}
                  />
                </div>
              )
            })}
            <button
              type="button"
              className={styles.remove}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              disabled={rows.length <= 1}
              aria-label={t("removeVariant", { index: index + 1 })}
              data-testid="seller-variant-remove"
            >
              {t("remove")}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={add} disabled={rows.length >= MAX_VARIANTS} data-testid="seller-variant-add">
        {t("addVariant")}
      </button>
      <p className={form.hint}>{t("variantsHint")}</p>
    </div>
  )
}
