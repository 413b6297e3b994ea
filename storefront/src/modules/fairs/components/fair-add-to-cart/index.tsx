"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { Link } from "@/i18n/navigation"
import { addToCartAction } from "@/lib/data/cart-actions"
import type { CartErrorCode } from "@/lib/data/cart-errors"
import styles from "./styles.module.css"

type Props = { variantId: string; title: string; fairSlug: string; boothCode: string }

type Status = { kind: "idle" } | { kind: "added" } | { kind: "error"; code: CartErrorCode }

/** Puts one of a booth's featured variants in the cart, marked with the fair and booth it came from. */
export default function FairAddToCart({ variantId, title, fairSlug, boothCode }: Props) {
  const t = useTranslations("FairProduct")
  const tErrors = useTranslations("Errors")
  const [status, setStatus] = useState<Status>({ kind: "idle" })
  const [pending, startTransition] = useTransition()

  function add() {
    setStatus({ kind: "idle" })
    startTransition(async () => {
      const result = await addToCartAction({ variantId, quantity: 1, origin: { fairSlug, boothCode } })
      setStatus(result.error ? { kind: "error", code: result.error } : { kind: "added" })
    })
  }

  return (
    <div className={styles.actions}>
      <button
        type="button"
        className="button button-primary"
        onClick={add}
        disabled={pending}
        aria-label={t("addToCartLabel", { title })}
        data-testid="fair-add-to-cart"
      >
        {pending ? t("adding") : t("addToCart")}
      </button>
      {/* Always in the page, so the message does not push the card's neighbours when it appears. */}
      <p role="status" className={`${styles.status} ${status.kind === "error" ? styles.error : styles.success}`} data-testid="fair-add-to-cart-status">
        {status.kind === "added" ? (
          <>
            {t("added")} ·{" "}
            <Link href="/cart" data-testid="fair-view-cart">
              {t("viewCart")}
            </Link>
          </>
        ) : status.kind === "error" ? (
          tErrors(status.code)
        ) : (
          ""
        )}
      </p>
    </div>
  )
}
