"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { Link } from "@/i18n/navigation"
import { reorderAction } from "@/lib/data/account/account-actions"
import type { AccountErrorCode, ReorderResult } from "@/lib/data/account-views"
import styles from "../../styles/account.module.css"
import AccountError from "../account-error"

type Props = { purchaseId: string }

/** Puts a past purchase's items back in the cart and says what could not be added. */
export default function ReorderButton({ purchaseId }: Props) {
  const t = useTranslations("Account.orders")
  const [result, setResult] = useState<ReorderResult | null>(null)
  const [error, setError] = useState<AccountErrorCode | null>(null)
  const [pending, startTransition] = useTransition()

  const reorder = () =>
    startTransition(async () => {
      const outcome = await reorderAction({ purchaseId })
      setError(outcome.error)
      setResult(outcome.error ? null : outcome.data)
    })

  return (
    <div className={styles.section}>
      <div className={styles.actions}>
        <button type="button" className="button" disabled={pending} onClick={reorder} data-testid="account-order-reorder">
          {pending ? t("reordering") : t("reorder")}
        </button>
      </div>
      <AccountError error={error} />
      {result && (
        <div role="status" data-testid="account-order-reorder-result" data-added={result.added} data-skipped={result.skipped.length}>
          <p className={styles.notice}>{t("reordered", { count: result.added })}</p>
          {result.skipped.length > 0 && (
            <p className={styles.error} data-testid="account-order-reorder-skipped">
              {t("notAdded", { items: result.skipped.join(", ") })}
            </p>
          )}
          <Link href="/cart" data-testid="account-order-reorder-cart">
            {t("viewCart")}
          </Link>
        </div>
      )}
    </div>
  )
}
