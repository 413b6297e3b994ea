"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import Thumbnail from "@/modules/common/components/thumbnail"
import type { ImageView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { images: ImageView[] }

/** Main product image with a row of thumbnails to switch it. */
export default function ProductGallery({ images }: Props) {
  const t = useTranslations("Product")
  const [index, setIndex] = useState(0)
  const current = images[index] ?? images[0]

  return (
    <section className={styles.gallery} aria-label={t("gallery")}>
      <Thumbnail src={current?.url ?? null} alt={current?.alt ?? ""} fallbackLabel={t("noImage")} eager />
      {images.length > 1 && (
        <ul className={styles.thumbs}>
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                className={styles.thumb}
                aria-label={t("showImage", { index: i + 1 })}
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
              >
                <Thumbnail src={image.url} alt="" fallbackLabel={t("noImage")} size="small" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
