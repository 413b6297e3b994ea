"use client"

import { useTranslations } from "next-intl"
import { useId, useState } from "react"
import type { SellerActionResult } from "@/lib/data/seller/mappers/action-error"
import { cancelOrderAction } from "@/lib/data/seller/order-actions"
import form from "../../styles/form.module.css"
import styles from "./styles.module.css"

const MIN_REASON = 5

type Props = { id: string; pending: boolean; run: (action: () => Promise<SellerActionResult>) => void }

/** Cancelling takes two steps and a reason the shopper will read, so it is never one slip of the thumb. */
export default function CancelOrder({ id, pending, run }: Props) {
  const t = useTranslations("SellerOrders")
  const reasonId = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const tooShort = reason.trim().length < MIN_REASON

  if (!open) {
    return (
      <button type="button" className={`button ${styles.danger}`} onClick={() => setOpen(true)} data-testid="seller-order-cancel-open">
        {t("cancel")}
      </button>
    )
  }
  return (
    <div className={styles.step} data-testid="seller-order-cancel-form">
      <label className={form.field} htmlFor={reasonId}>
        <span className={form.label}>{t("cancelReason")}</span>
        <textarea
          id={reasonId}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
          className={form.input}
          aria-describedby={`${reasonId}-hint`}
          data-testid="seller-order-cancel-reason-input"
        />
        <span className={form.hint} id={`${reasonId}-hint`}>
          {t("cancelReasonHint", { min: MIN_REASON })}
        </span>
      </label>
      <div className={form.actions}>
        <button
          type="button"
          className={`button ${styles.dangerSolid}`}
          onClick={() => run(() => cancelOrderAction({ id, reason }))}
          disabled={pending || tooShort}
          data-testid="seller-order-cancel-submit"
        >
          {t("cancelConfirm")}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)} disabled={pending} data-testid="seller-order-cancel-back">
          {t("cancelBack")}
        </button>
      </div>
    </div>
  )
}
