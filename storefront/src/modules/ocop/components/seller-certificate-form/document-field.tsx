"use client"

import { useLocale, useTranslations } from "next-intl"
import { type ChangeEvent, useState } from "react"
import { getPathname } from "@/i18n/navigation"
import type { SellerActionError, SellerActionResult } from "@/lib/data/seller/mappers/action-error"
import { DOCUMENT_ACCEPT, documentProblem, OCOP_DOCUMENT_ENDPOINT } from "@/lib/data/seller/mappers/ocop"
import type { UploadedDocument } from "@/lib/data/seller/ocop-views"
import Field from "@/modules/seller/components/field"
import form from "@/modules/seller/styles/form.module.css"
import styles from "./styles.module.css"

type Props = {
  value: UploadedDocument | null
  onChange: (document: UploadedDocument | null) => void
  onError: (error: SellerActionError | null) => void
  onBusy: (busy: boolean) => void
  disabled: boolean
}

/** The certificate scan: picked, checked here, uploaded at once; the form then sends only its address. */
export default function DocumentField({ value, onChange, onError, onBusy, disabled }: Props) {
  const t = useTranslations("OcopSeller")
  const locale = useLocale()
  const [uploading, setUploading] = useState(false)

  // The portal's generic upload messages speak of photos only; a scan may also be a PDF.
  function explain(error: SellerActionError): SellerActionError {
    if (error.code === "upload_type") return { ...error, message: t("problems.documentType") }
    if (error.code === "upload_too_large") return { ...error, message: t("problems.documentTooLarge") }
    return error
  }

  async function send(file: File): Promise<SellerActionResult<UploadedDocument> | "session_ended"> {
    const body = new FormData()
    body.append("file", file, file.name)
    const response = await fetch(getPathname({ href: OCOP_DOCUMENT_ENDPOINT, locale }), { method: "POST", body, redirect: "manual" })
    // A redirect or 401 means the session ended: the page, reloaded, sends the person to log in.
    if (response.type === "opaqueredirect" || response.status === 401) return "session_ended"
    return (await response.json()) as SellerActionResult<UploadedDocument>
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0]
    if (!file) return
    const problem = documentProblem(file)
    if (problem) {
      event.currentTarget.value = ""
      onChange(null)
      return onError({ code: problem === "documentType" ? "upload_type" : "upload_too_large", message: t(`problems.${problem}`) })
    }
    onError(null)
    setUploading(true)
    onBusy(true)
    try {
      const result = await send(file)
      if (result === "session_ended") return window.location.reload()
      if (result.error) {
        onChange(null)
        onError(explain(result.error))
      } else onChange(result.data)
    } catch {
      onChange(null)
      onError({ code: "failed", message: t("problems.uploadFailed") })
    } finally {
      setUploading(false)
      onBusy(false)
    }
  }

  return (
    <Field label={t("documentLabel")} htmlFor="ocop-document" hint={t("documentHint")} wide>
      <input
        id="ocop-document"
        type="file"
        accept={DOCUMENT_ACCEPT}
        onChange={(event) => void upload(event)}
        disabled={disabled || uploading}
        aria-describedby="ocop-document-hint"
        className={form.input}
        data-testid="ocop-document"
      />
      <p className={styles.documentStatus} role="status" data-testid="ocop-document-status" data-uploaded={value ? "true" : "false"}>
        {uploading && t("uploading")}
        {!uploading && value && (
          <>
            {t("uploaded", { name: value.name })}{" "}
            <a href={value.url} target="_blank" rel="noreferrer" data-testid="ocop-document-link">
              {t("openDocument")}
            </a>
          </>
        )}
      </p>
    </Field>
  )
}
