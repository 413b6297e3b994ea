"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { emptyOcopCertificateValues, MAX_AUTHORITY_LENGTH, MAX_DECISION_LENGTH, ocopFormProblem } from "@/lib/data/seller/mappers/ocop"
import { submitOcopCertificateAction } from "@/lib/data/seller/ocop-actions"
import type { OcopCertificateFormValues, OcopProductOption, OcopProductSetGroup, UploadedDocument } from "@/lib/data/seller/ocop-views"
import Field from "@/modules/seller/components/field"
import FormError from "@/modules/seller/components/form-error"
import form from "@/modules/seller/styles/form.module.css"
import DocumentField from "./document-field"
import ProductChecklist from "./product-checklist"
import styles from "./styles.module.css"

type Props = { products: OcopProductOption[]; productSets: OcopProductSetGroup[] }

const STARS = ["3", "4", "5"] as const

/** Submits an OCOP certificate: the products it names, its rating, the decision and the scan. */
export default function SellerCertificateForm({ products, productSets }: Props) {
  const t = useTranslations("OcopSeller")
  const [values, setValues] = useState<OcopCertificateFormValues>(emptyOcopCertificateValues)
  const [scan, setScan] = useState<UploadedDocument | null>(null)
  const [error, setError] = useState<SellerActionError | null>(null)
  const [uploading, setUploading] = useState(false)
  const [pending, startTransition] = useTransition()
  const busy = pending || uploading

  const patch = (change: Partial<OcopCertificateFormValues>) => setValues((current) => ({ ...current, ...change }))
  const text = (key: "issuingAuthority" | "decisionNumber" | "issuedOn" | "expiresOn") => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => patch({ [key]: event.target.value }),
  })

  function chooseDocument(uploaded: UploadedDocument | null) {
    setScan(uploaded)
    patch({ documentUrl: uploaded?.url ?? "" })
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problem = ocopFormProblem(values)
    if (problem) return setError({ code: "invalid_input", message: t(`problems.${problem}`) })
    setError(null)
    startTransition(async () => {
      const result = await submitOcopCertificateAction(values)
      // Success opens the certificate list; only a refusal comes back here.
      if (result?.error) setError(result.error)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="ocop-certificate-form">
      <ProductChecklist products={products} selected={values.productIds} onChange={(productIds) => patch({ productIds })} disabled={pending} />
      <fieldset className={form.section}>
        <legend>{t("ratingSection")}</legend>
        <div className={form.grid}>
          <Field label={t("starsLabel")} htmlFor="ocop-stars">
            <select
              id="ocop-stars"
              value={values.stars}
              onChange={(event) => {
                const stars = STARS.find((s) => s === event.target.value) ?? ""
                // "Potential 5★" belongs to 4★ only; changing the stars clears it.
                patch({ stars, potentialFiveStar: stars === "4" && values.potentialFiveStar })
              }}
              className={form.input}
              data-testid="ocop-stars"
            >
              <option value="">{t("starsChoose")}</option>
              {STARS.map((stars) => (
                <option key={stars} value={stars}>
                  {t("starsOption", { stars })}
                </option>
              ))}
            </select>
          </Field>
          {values.stars === "4" && (
            <div className={form.field}>
              <label className={styles.checkbox}>
                <input
                  type="checkbox"
                  checked={values.potentialFiveStar}
                  onChange={(event) => patch({ potentialFiveStar: event.target.checked })}
                  aria-describedby="ocop-potential-hint"
                  data-testid="ocop-potential"
                />
                <span className={form.label}>{t("potentialLabel")}</span>
              </label>
              <p className={form.hint} id="ocop-potential-hint">
                {t("potentialHint")}
              </p>
            </div>
          )}
          <Field label={t("productSetLabel")} htmlFor="ocop-product-set" wide>
            <select
              id="ocop-product-set"
              value={values.productSet}
              onChange={(event) => patch({ productSet: event.target.value })}
              className={form.input}
              data-testid="ocop-product-set"
            >
              <option value="">{t("productSetChoose")}</option>
              {productSets.map((group) => (
                <optgroup key={group.groupLabel} label={group.groupLabel}>
                  {group.sets.map((set) => (
                    <option key={set.code} value={String(set.code)}>
                      {set.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      <fieldset className={form.section}>
        <legend>{t("decisionSection")}</legend>
        <div className={form.grid}>
          <Field label={t("authorityLabel")} htmlFor="ocop-authority">
            <input id="ocop-authority" {...text("issuingAuthority")} maxLength={MAX_AUTHORITY_LENGTH} placeholder={t("authorityPlaceholder")} className={form.input} data-testid="ocop-authority" />
          </Field>
          <Field label={t("decisionLabel")} htmlFor="ocop-decision">
            <input id="ocop-decision" {...text("decisionNumber")} maxLength={MAX_DECISION_LENGTH} placeholder={t("decisionPlaceholder")} className={form.input} data-testid="ocop-decision" />
          </Field>
          <Field label={t("issuedOnLabel")} htmlFor="ocop-issued-on">
            <input id="ocop-issued-on" type="date" {...text("issuedOn")} className={form.input} data-testid="ocop-issued-on" />
          </Field>
          <Field label={t("expiresOnLabel")} htmlFor="ocop-expires-on" optionalLabel={t("optional")} hint={t("expiresOnHint")}>
            <input
              id="ocop-expires-on"
              type="date"
              {...text("expiresOn")}
              min={values.issuedOn || undefined}
              aria-describedby="ocop-expires-on-hint"
              className={form.input}
              data-testid="ocop-expires-on"
            />
          </Field>
          <DocumentField value={scan} onChange={chooseDocument} onError={setError} onBusy={setUploading} disabled={pending} />
        </div>
      </fieldset>
      <FormError error={error} testId="form-error" />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="ocop-submit">
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  )
}
