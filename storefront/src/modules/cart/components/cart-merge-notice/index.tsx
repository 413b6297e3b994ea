"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import type { CartMergeNoticeView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { notice: CartMergeNoticeView; cookieName: string }

/** Tells the shopper once, after signing in, what came over from the cart they left on another device; the page that shows it clears it. */
export default function CartMergeNotice({ notice, cookieName }: Props) {
  const t = useTranslations("CartMerge")
  const [open, setOpen] = useState(true)

  // Shown once: the cookie that carried it is gone as soon as it is on screen.
  useEffect(() => {
    document.cookie = `${cookieName}=; Max-Age=0; path=/; SameSite=Lax`
  }, [cookieName])

  if (!open) return null
  return (
    <div className={`container ${styles.notice}`} role="status" data-testid="cart-merge-notice" data-added={notice.added} data-not-added={notice.notAddedCount}>
      <div className={styles.text}>
        {notice.added > 0 && <p data-testid="cart-merge-added">{t("added", { count: notice.added })}</p>}
        {notice.notAddedCount > 0 && (
          <p data-testid="cart-merge-not-added">{t("notAdded", { count: notice.notAddedCount, titles: notice.notAdded.join(", ") })}</p>
        )}
      </div>
      <button type="button" className={styles.dismiss} onClick={() => setOpen(false)} data-testid="cart-merge-dismiss">
        {t("dismiss")}
      </button>
    </div>
  )
}
