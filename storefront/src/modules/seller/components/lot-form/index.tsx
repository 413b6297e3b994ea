"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { createLotAction } from "@/lib/data/seller/lot-actions"
import type { LotFieldErrors, LotFormValues, LotVariantGroup, UnitOption } from "@/lib/data/seller/lot-views"
import { validateLotForm } from "@/lib/data/seller/mappers/lot-payload"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import form from "../../styles/form.module.css"
import FormError from "../form-error"
import CertificationFields from "./certification-fields"
import OriginFields from "./origin-fields"
import ProductFields from "./product-fields"

type Props = {
  groups: LotVariantGroup[]
  units: UnitOption[]
  initial: LotFormValues
  /** The portal route that stores certificate scans (with the locale prefix). */
  documentUploadPath: string
}

// The order fields appear in, so the first refused one gets the focus.
const FIELD_ORDER: (keyof LotFormValues)[] = [
  "variantId", "gtin", "lotCode", "producedOn", "expiresOn", "quantity", "unit",
  "originName", "originCommune", "originProvince", "originLatitude", "originLongitude",
  "certName", "certValidUntil",
]

const FIELD_IDS: Partial<Record<keyof LotFormValues, string>> = {
  variantId: "lot-variant", gtin: "lot-gtin", lotCode: "lot-code", producedOn: "lot-produced-on", expiresOn: "lot-expires-on",
  quantity: "lot-quantity", unit: "lot-unit", originName: "lot-origin-name", originCommune: "lot-origin-commune",
  originProvince: "lot-origin-province", originLatitude: "lot-origin-latitude", originLongitude: "lot-origin-longitude",
  certName: "lot-cert-name", certValidUntil: "lot-cert-valid-until",
}

function focusFirst(errors: LotFieldErrors) {
  const field = FIELD_ORDER.find((key) => errors[key])
  const id = field && FIELD_IDS[field]
  if (id) document.getElementById(id)?.focus()
}

/** Creates a lot: what it is, where it comes from, an optional certification; the lot's page opens on success. */
export default function LotForm({ groups, units, initial, documentUploadPath }: Props) {
  const t = useTranslations("TraceSeller")
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<LotFieldErrors>({})
  const [error, setError] = useState<SellerActionError | null>(null)
  const [uploading, setUploading] = useState(false)
  const [pending, startTransition] = useTransition()

  function change(patch: Partial<LotFormValues>) {
    setValues((current) => ({ ...current, ...patch }))
    // A field being corrected no longer shows its old problem.
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch) as (keyof LotFormValues)[]) delete next[key]
      return next
    })
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    const found = validateLotForm(values)
    setErrors(found)
    if (Object.keys(found).length > 0) return focusFirst(found)
    startTransition(async () => {
      // Success navigates to the new lot's page; only a refusal comes back.
      const result = await createLotAction(values)
      if (!result?.error) return
      setError(result.error)
      if (result.fieldErrors) {
        setErrors(result.fieldErrors)
        focusFirst(result.fieldErrors)
      }
    })
  }

  const busy = pending || uploading
  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="lot-form">
      <fieldset className={form.section}>
        <legend>{t("productSection")}</legend>
        <ProductFields values={values} errors={errors} onChange={change} groups={groups} units={units} />
      </fieldset>
      <fieldset className={form.section}>
        <legend>{t("originSection")}</legend>
        <OriginFields values={values} errors={errors} onChange={change} />
      </fieldset>
      <fieldset className={form.section}>
        <legend>{t("certificationSection")}</legend>
        <CertificationFields
          values={values}
          errors={errors}
          onChange={change}
          uploadPath={documentUploadPath}
          onUploading={setUploading}
          onError={setError}
        />
      </fieldset>
      <FormError error={error} testId="form-error" />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="lot-submit">
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  )
}
