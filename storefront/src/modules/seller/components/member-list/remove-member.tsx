"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { removeMemberAction } from "@/lib/data/seller/member-actions"
import FormError from "../form-error"
import styles from "./styles.module.css"

type Props = { id: string; label: string; invited: boolean }

/** Removes a member (or withdraws an invitation) after a second tap to confirm. */
export default function RemoveMember({ id, label, invited }: Props) {
  const t = useTranslations("SellerMembers")
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<SellerActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function remove() {
    startTransition(async () => {
      const result = await removeMemberAction({ id })
      setError(result.error)
      setConfirming(false)
    })
  }

  return (
    <span className={styles.remove}>
      {confirming ? (
        <>
          <button type="button" className={styles.confirm} onClick={remove} disabled={pending} data-testid="seller-member-remove-confirm">
            {invited ? t("withdrawConfirm", { name: label }) : t("removeConfirm", { name: label })}
          </button>
          <button type="button" className={styles.plain} onClick={() => setConfirming(false)} disabled={pending}>
            {t("keep")}
          </button>
        </>
      ) : (
        <button type="button" className={styles.plain} onClick={() => setConfirming(true)} data-testid="seller-member-remove">
          {invited ? t("withdraw") : t("remove")}
        </button>
      )}
      <FormError error={error} testId="seller-member-error" />
    </span>
  )
}
