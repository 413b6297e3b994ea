"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useRef, useState, useTransition } from "react"
import type { SellerActionError, SellerActionResult } from "@/lib/data/seller/mappers/action-error"
import { saveProductAction } from "@/lib/data/seller/product-actions"
import type { CategoryOption, ProductFormValues, SellerProductStatus, SellerProductView } from "@/lib/data/seller/product-views"
import form from "../../styles/form.module.css"
import CategoryPicker from "../category-picker"
import FormError from "../form-error"
import ProductImages from "../product-images"
import StatusBadge from "../status-badge"
import VariantRows from "../variant-rows"
import ArchiveControls from "./archive-controls"
import DetailsFields from "./details-fields"
import styles from "./styles.module.css"

type Props = { product: SellerProductView | null; initial: ProductFormValues; categories: CategoryOption[]; created: boolean }

/** Creates or edits a product; saving sends the whole product, and the editor then shows what the backend kept. */
export default function ProductEditor({ product, initial, categories, created }: Props) {
  const t = useTranslations("SellerProducts")
  const [values, setValues] = useState(initial)
  const [status, setStatus] = useState<SellerProductStatus>(product?.status ?? "draft")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [saved, setSaved] = useState(created)
  const [pending, startTransition] = useTransition()
  const keys = useRef(0)
  const newKey = () => `new-${(keys.current += 1)}`

  function patch(change: Partial<ProductFormValues>) {
    setValues((current) => ({ ...current, ...change }))
    setSaved(false)
  }

  function apply(result: SellerActionResult<SellerProductView>) {
    if (result.error) return setError(result.error)
    setError(null)
    setValues(result.data.values)
    setStatus(result.data.status)
    setSaved(true)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    startTransition(async () => {
      const result = await saveProductAction({ id: product?.id ?? null, values, keepStatus: status === "archived" })
      // Creating navigates to the new product's editor; only an update comes back here.
      if (result) apply(result)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="seller-product-form" data-status={status}>
      <fieldset className={form.section}>
        <legend>{t("detailsSection")}</legend>
        <DetailsFields values={values} onChange={patch} />
        <CategoryPicker categories={categories} selected={values.categoryIds} onChange={(categoryIds) => patch({ categoryIds })} />
      </fieldset>
      <fieldset className={form.section}>
        <legend>{t("imagesSection")}</legend>
        <ProductImages images={values.images} onChange={(images) => patch({ images })} disabled={pending} />
      </fieldset>
      <fieldset className={form.section}>
        <legend>{t("variantsSection")}</legend>
        <VariantRows rows={values.variants} onChange={(variants) => patch({ variants })} newKey={newKey} />
      </fieldset>
      <fieldset className={form.section}>
        <legend>{t("visibilitySection")}</legend>
        {status === "archived" ? (
          <p className={styles.archivedNote}>
            <StatusBadge label={t("status.archived")} tone="warn" status="archived" testId="seller-product-state" /> {t("archivedNote")}
          </p>
        ) : (
          <label className={styles.statusField}>
            <span className={form.label}>{t("statusLabel")}</span>
            <select
              value={values.status}
              onChange={(event) => patch({ status: event.target.value === "published" ? "published" : "draft" })}
              className={form.input}
              data-testid="seller-product-status"
            >
              <option value="draft">{t("status.draft")}</option>
              <option value="published">{t("status.published")}</option>
            </select>
          </label>
        )}
        {product && <ArchiveControls id={product.id} status={status} onDone={apply} />}
      </fieldset>
      <FormError error={error} testId="seller-product-error" />
      <div className={`${form.actions} ${styles.saveBar}`}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="seller-product-save">
          {pending ? t("saving") : product ? t("save") : t("create")}
        </button>
        <p className={form.success} role="status" data-testid="seller-product-saved">
          {saved && !pending ? t("saved") : ""}
        </p>
      </div>
    </form>
  )
}
