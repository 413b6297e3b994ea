"use client"

import { useTranslations } from "next-intl"
import type { ProductFormValues } from "@/lib/data/seller/product-views"
import form from "../../styles/form.module.css"
import Field from "../field"

type TextKey = "title" | "titleEn" | "description" | "descriptionEn" | "weight"

type Props = {
  values: ProductFormValues
  onChange: (patch: Partial<ProductFormValues>) => void
}

const FIELDS: { key: TextKey; testId: string; multiline?: boolean; optional?: boolean; numeric?: boolean }[] = [
  { key: "title", testId: "seller-product-title" },
  { key: "titleEn", testId: "seller-product-title-en", optional: true },
  { key: "description", testId: "seller-product-description", multiline: true },
  { key: "descriptionEn", testId: "seller-product-description-en", multiline: true, optional: true },
  { key: "weight", testId: "seller-product-weight", optional: true, numeric: true },
]

/** Names and descriptions in both languages, and the shipping weight in grams. */
export default function DetailsFields({ values, onChange }: Props) {
  const t = useTranslations("SellerProducts")
  return (
    <div className={form.grid}>
      {FIELDS.map(({ key, testId, multiline, optional, numeric }) => {
        const id = `product-${key}`
        const common = {
          id,
          value: values[key],
          className: form.input,
          "data-testid": testId,
        }
        return (
          <Field key={key} label={t(`field.${key}`)} htmlFor={id} optionalLabel={optional ? t("optional") : undefined} wide={multiline}>
            {multiline ? (
              <textarea {...common} rows={5} onChange={(event) => onChange({ [key]: event.target.value })} />
            ) : (
              <input
                {...common}
                inputMode={numeric ? "numeric" : undefined}
                onChange={(event) => onChange({ [key]: event.target.value })}
              />
            )}
          </Field>
        )
      })}
    </div>
  )
}
