"use client"

import { useTranslations } from "next-intl"
import { type ChangeEvent, useState } from "react"
import type { SellerActionError, SellerActionResult } from "@/lib/data/seller/mappers/action-error"
import form from "../../styles/form.module.css"
import Field from "../field"
import { shrinkImage } from "../product-images/shrink-image"
import styles from "./styles.module.css"

const ACCEPT = "application/pdf,image/jpeg,image/png,image/webp"

type Props = {
  url: string
  /** The portal route that stores the file (with the locale prefix). */
  uploadPath: string
  onChange: (url: string) => void
  onBusy: (busy: boolean) => void
  onError: (error: SellerActionError | null) => void
}

async function send(uploadPath: string, file: File): Promise<SellerActionResult<string>> {
  const body = new FormData()
  // Photos are made smaller first, as product photos are; a PDF goes as it is.
  body.append("file", file.type.startsWith("image/") ? await shrinkImage(file) : file)
  const response = await fetch(uploadPath, { method: "POST", body })
  const result = (await response.json().catch(() => null)) as SellerActionResult<string> | null
  return result ?? { error: { code: "failed", message: null } }
}

/** The certificate's scan: pick a PDF or take a photo; it is stored at once and the form keeps its address. */
export default function DocumentField({ url, uploadPath, onChange, onBusy, onError }: Props) {
  const t = useTranslations("TraceSeller")
  const [busy, setBusy] = useState(false)

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ""
    if (!file) return
    setBusy(true)
    onBusy(true)
    onError(null)
    const result = await send(uploadPath, file).catch((): SellerActionResult<string> => ({ error: { code: "failed", message: null } }))
    if (result.error) {
      const message =
        result.error.code === "upload_type" ? t("documentType") : result.error.code === "upload_too_large" ? t("documentTooLarge") : null
      onError({ code: result.error.code, message: message ?? result.error.message })
    } else onChange(result.data)
    setBusy(false)
    onBusy(false)
  }

  return (
    <Field label={t("certDocument")} htmlFor="lot-cert-document" hint={t("certDocumentHint")} optionalLabel={t("optional")} wide>
      <div className={styles.document}>
        <label className={`button ${busy ? styles.disabled : ""}`}>
          {busy ? t("documentUploading") : t("documentChoose")}
          <input
            id="lot-cert-document"
            type="file"
            accept={ACCEPT}
            onChange={upload}
            disabled={busy}
            className="visually-hidden"
            aria-describedby="lot-cert-document-hint"
            data-testid="lot-cert-document"
          />
        </label>
        {url && !busy && (
          <p className={form.success} role="status" data-testid="lot-cert-document-uploaded">
            {t("documentUploaded")}{" "}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {t("documentView")}
            </a>{" "}
            <button type="button" className={styles.linkButton} onClick={() => onChange("")} data-testid="lot-cert-document-remove">
              {t("documentRemove")}
            </button>
          </p>
        )}
      </div>
    </Field>
  )
}
