"use client"

import { useTranslations } from "next-intl"
import { type ChangeEvent, useState } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { uploadImagesAction } from "@/lib/data/seller/upload-actions"
import form from "../../styles/form.module.css"
import FormError from "../form-error"
import { shrinkImage } from "../product-images/shrink-image"
import styles from "./image-field.module.css"

type Props = { name: "logoUrl" | "bannerUrl"; testId: string; label: string; hint: string; defaultValue: string; wide?: boolean }

/** One image of the profile (logo or banner): preview, upload a new one, or remove; the form sends its address. */
export default function ImageField({ name, testId, label, hint, defaultValue, wide = false }: Props) {
  const t = useTranslations("SellerProfile")
  const [url, setUrl] = useState(defaultValue)
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<SellerActionError | null>(null)

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ""
    if (!file) return
    setError(null)
    setUploading(true)
    const data = new FormData()
    data.append("files", await shrinkImage(file))
    const result = await uploadImagesAction(data).catch(() => null)
    setUploading(false)
    if (!result || result.error) return setError(result?.error ?? { code: "failed", message: null })
    const [uploaded] = result.data
    if (uploaded) setUrl(uploaded)
  }

  return (
    <div className={`${form.field} ${wide ? form.wide : ""}`} data-testid={testId}>
      <span className={form.label}>{label}</span>
      <input type="hidden" name={name} value={url} />
      {url ? (
        // Plain <img>: uploads live on the backend's host, which differs per deployment.
        <img src={url} alt="" className={wide ? styles.banner : styles.logo} data-testid={`${testId}-preview`} />
      ) : (
        <span className={wide ? styles.bannerEmpty : styles.logoEmpty} aria-hidden="true" />
      )}
      <div className={styles.tools}>
        <label className={`button ${uploading ? styles.busy : ""}`}>
          {uploading ? t("uploading") : url ? t("replaceImage") : t("chooseImage")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={upload}
            disabled={uploading}
            className="visually-hidden"
            data-testid={`${testId}-input`}
          />
        </label>
        {url && (
          <button type="button" className="button" onClick={() => setUrl("")} disabled={uploading} data-testid={`${testId}-remove`}>
            {t("removeImage")}
          </button>
        )}
      </div>
      <p className={form.hint}>{hint}</p>
      <FormError error={error} testId={`${testId}-error`} />
    </div>
  )
}
