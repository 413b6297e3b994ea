"use client"

import { useTranslations } from "next-intl"
import { type ChangeEvent, useState } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { MAX_EVENT_PHOTOS } from "@/lib/data/seller/mappers/lot-payload"
import { uploadImagesAction } from "@/lib/data/seller/upload-actions"
import { shrinkImage } from "../product-images/shrink-image"
import styles from "./styles.module.css"

const ACCEPT = "image/jpeg,image/png,image/webp"

type Props = {
  photos: string[]
  onChange: (photos: string[]) => void
  onBusy: (busy: boolean) => void
  onError: (error: SellerActionError | null) => void
}

/** A step's photos: take or pick, each uploaded at once (as product photos are), removable before saving. */
export default function EventPhotos({ photos, onChange, onBusy, onError }: Props) {
  const t = useTranslations("TraceSeller")
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const room = MAX_EVENT_PHOTOS - photos.length

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const files = Array.from(input.files ?? []).slice(0, room)
    input.value = ""
    if (files.length === 0) return
    onBusy(true)
    onError(null)
    let current = photos
    for (const [index, file] of files.entries()) {
      setProgress({ done: index, total: files.length })
      const data = new FormData()
      data.append("files", await shrinkImage(file))
      const result = await uploadImagesAction(data).catch(() => null)
      if (!result || result.error) {
        onError(result?.error ?? { code: "failed", message: null })
        break
      }
      current = [...current, ...result.data].slice(0, MAX_EVENT_PHOTOS)
      onChange(current)
    }
    setProgress(null)
    onBusy(false)
  }

  const busy = progress !== null || room <= 0
  return (
    <div className={styles.photos}>
      {photos.length > 0 && (
        <ul className={styles.grid}>
          {photos.map((url, index) => (
            <li key={url} className={styles.photo} data-testid="event-photo" data-url={url}>
              {/* Plain <img>: uploads live on the backend's host, which differs per deployment. */}
              <img src={url} alt={t("photoAlt", { index: index + 1 })} width={96} height={96} />
              <button
                type="button"
                onClick={() => onChange(photos.filter((photo) => photo !== url))}
                disabled={progress !== null}
                aria-label={t("removePhoto")}
                data-testid="event-photo-remove"
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
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
            data-testid="event-photos-camera"
          />
        </label>
        <label className={`button ${busy ? styles.disabled : ""}`}>
          {t("choosePhotos")}
          <input
            id="event-photos"
            type="file"
            accept={ACCEPT}
            multiple
            onChange={upload}
            disabled={busy}
            className="visually-hidden"
            data-testid="event-photos"
          />
        </label>
      </div>
      <p className={styles.hint} role="status" data-testid="event-photos-status">
        {progress
          ? t("uploading", { done: progress.done + 1, total: progress.total })
          : t("eventPhotosHint", { count: photos.length, max: MAX_EVENT_PHOTOS })}
      </p>
    </div>
  )
}
