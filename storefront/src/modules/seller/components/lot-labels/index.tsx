"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import form from "../../styles/form.module.css"
import Field from "../field"
import FormError from "../form-error"
import styles from "./styles.module.css"

type Props = {
  /** The portal route that answers the label sheet (with the locale prefix, without `?count=`). */
  labelsPath: string
  /** The downloaded file's name. */
  fileName: string
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** How many labels to print and the PDF to print them from; a refused count shows the backend's sentence. */
export default function LotLabels({ labelsPath, fileName }: Props) {
  const t = useTranslations("TraceSeller")
  const [count, setCount] = useState("24")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<SellerActionError | null>(null)

  async function download() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${labelsPath}?count=${encodeURIComponent(count.trim())}`)
      if (response.ok && response.headers.get("content-type")?.includes("pdf")) save(await response.blob(), fileName)
      else {
        const body = (await response.json().catch(() => null)) as { message?: unknown } | null
        const message = typeof body?.message === "string" && body.message.trim() !== "" ? body.message : null
        setError({ code: response.status === 400 ? "rejected" : "failed", message })
      }
    } catch {
      setError({ code: "failed", message: null })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={styles.labels}>
      <Field label={t("labelsCount")} htmlFor="labels-count" hint={t("labelsHint")}>
        <input
          id="labels-count"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={count}
          onChange={(event) => setCount(event.target.value)}
          className={`${form.input} ${styles.count}`}
          aria-describedby="labels-count-hint"
          data-testid="labels-count"
        />
      </Field>
      <button type="button" className="button button-primary" onClick={() => void download()} disabled={busy} data-testid="labels-download">
        {busy ? t("labelsDownloading") : t("labelsDownload")}
      </button>
      <FormError error={error} testId="form-error" />
    </div>
  )
}
