"use client"

import { useTranslations } from "next-intl"
import { type ChangeEvent, useState } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { MAX_IMAGES } from "@/lib/data/seller/mappers/product-payload"
import type { ProductImageValue } from "@/lib/data/seller/product-views"
import { uploadImagesAction } from "@/lib/data/seller/upload-actions"
import FormError from "../form-error"
import { shrinkImage } from "./shrink-image"
import styles from "./styles.module.css"

const ACCEPT = "image/jpeg,image/png,image/webp"

type Props = { images: ProductImageValue[]; onChange: (images: ProductImageValue[]) => void; disabled?: boolean }

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}

/** Product photos: take or pick, upload one by one, then reorder (the first is the cover) or remove. */
export default function ProductImages({ images, onChange, disabled = false }: Props) {
  const t = useTranslations("SellerProducts")
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [error, setError] = useState<SellerActionError | null>(null)
  const room = MAX_IMAGES - images.length

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const files = Array.from(input.files ?? []).slice(0, room)
    input.value = ""
    if (files.length === 0) return
    setError(null)
    let current = images
    for (const [index, file] of files.entries()) {
      setProgress({ done: index, total: files.length })
      const data = new FormData()
      data.append("files", await shrinkImage(file))
      const result = await uploadImagesAction(data).catch(() => null)
      if (!result || result.error) {
        setError(result?.error ?? { code: "failed", message: null })
        break
      }
      current = [...current, ...result.data.map((url) => ({ url }))].slice(0, MAX_IMAGES)
      onChange(current)
    }
    setProgress(null)
  }

  const uploading = progress !== null
  const busy = disabled || uploading || room <= 0
  return (
    <div className={styles.images}>
      {images.length > 0 && (
        <ol className={styles.grid}>
          {images.map((image, index) => (
            <li key={image.url} className={styles.item} data-testid="seller-product-image" data-url={image.url}>
              {/* Plain <img>: uploads live on the backend's host, which differs per deployment. */}
              <img src={image.url} alt={t("imageAlt", { index: index + 1 })} className={styles.thumb} />
              {index === 0 && <span className={styles.cover}>{t("cover")}</span>}
              <div className={styles.tools}>
                <button
                  type="button"
                  onClick={() => onChange(move(images, index, index - 1))}
                  disabled={index === 0 || uploading}
                  aria-label={t("moveEarlier")}
                  data-testid="seller-product-image-earlier"
                >
                  ←
                </button>
                <button
                  type="button"
                  onClick={() => onChange(images.filter((_, i) => i !== index))}
                  disabled={uploading}
                  aria-label={t("removeImage")}
                  data-testid="seller-product-image-remove"
                >
                  ✕
                </button>
                <button
                  type="button"
                  onClick={() => onChange(move(images, index, index + 1))}
                  disabled={index === images.length - 1 || uploading}
                  aria-label={t("moveLater")}
                  data-testid="seller-product-image-later"
                >
                  →
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.pickers}>
        <label className={`button ${busy ? styles.disabled : ""}`}>
          {t("takePhoto")}
          <input
            type="file"
            accept={ACCEPT}
            capture="environment"
            onChange={upload}
            disabled={busy}
            className="visually-hidden"
            data-testid="seller-product-image-camera"
          />
        </label>
        <label className={`button ${busy ? styles.disabled : ""}`}>
          {t("choosePhotos")}
          <input
            type="file"
            accept={ACCEPT}
            multiple
            onChange={upload}
            disabled={busy}
            className="visually-hidden"
            data-testid="seller-product-image-input"
          />
        </label>
      </div>
      <p className={styles.hint} role="status" data-testid="seller-product-image-status">
        {progress
          ? t("uploading", { done: progress.done + 1, total: progress.total })
          : t("imagesHint", { count: images.length, max: MAX_IMAGES })}
      </p>
      <FormError error={error} testId="seller-product-image-error" />
    </div>
  )
}
