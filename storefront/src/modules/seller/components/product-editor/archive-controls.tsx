"use client"

import { useTranslations } from "next-intl"
import { useTransition } from "react"
import type { SellerActionResult } from "@/lib/data/seller/mappers/action-error"
import { archiveProductAction, restoreProductAction } from "@/lib/data/seller/product-actions"
import type { SellerProductStatus, SellerProductView } from "@/lib/data/seller/product-views"
import styles from "./styles.module.css"

type Props = {
  id: string
  status: SellerProductStatus
  onDone: (result: SellerActionResult<SellerProductView>) => void
}

/** Archive (hide from shoppers, keep history) or restore (publish again). */
export default function ArchiveControls({ id, status, onDone }: Props) {
  const t = useTranslations("SellerProducts")
  const [pending, startTransition] = useTransition()
  const archived = status === "archived"

  function run() {
    startTransition(async () => {
      onDone(archived ? await restoreProductAction({ id }) : await archiveProductAction({ id }))
    })
  }

  return (
    <div className={styles.archive}>
      <p className={styles.archiveText}>{archived ? t("archivedText") : t("archiveText")}</p>
      <button
        type="button"
        className="button"
        onClick={run}
        disabled={pending}
        data-testid={archived ? "seller-product-restore" : "seller-product-archive"}
      >
        {archived ? t("restore") : t("archive")}
      </button>
    </div>
  )
}
