"use client"

import { useTranslations } from "next-intl"
import { useEffect, useId, useRef, useState, useTransition } from "react"
import { Link } from "@/i18n/navigation"
import { removeCartLineAction, updateCartLineAction } from "@/lib/data/cart-actions"
import type { CartErrorCode } from "@/lib/data/cart-errors"
import Thumbnail from "@/modules/common/components/thumbnail"
import type { CartLineView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { line: CartLineView }

// Typing "12" should send one update, not two.
const UPDATE_DELAY_MS = 500

/** One cart line: what, how many (editable), line total, remove. */
export default function CartLine({ line }: Props) {
  const t = useTranslations("Cart")
  const tErrors = useTranslations("Errors")
  const inputId = useId()
  const [value, setValue] = useState(String(line.quantity))
  const [error, setError] = useState<CartErrorCode | null>(null)
  const [pending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  // The server's quantity wins once an update lands (or fails).
  useEffect(() => setValue(String(line.quantity)), [line.quantity])
  useEffect(() => () => clearTimeout(timer.current), [])

  function commit(raw: string) {
    clearTimeout(timer.current)
    const quantity = Number(raw)
    if (raw === "" || !Number.isInteger(quantity) || quantity < 1 || quantity === line.quantity) return
    startTransition(async () => {
      const result = await updateCartLineAction({ lineId: line.id, quantity })
      setError(result.error)
      if (result.error) setValue(String(line.quantity))
    })
  }

  function change(raw: string) {
    setValue(raw)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => commit(raw), UPDATE_DELAY_MS)
  }

  function remove() {
    clearTimeout(timer.current)
    startTransition(async () => {
      const result = await removeCartLineAction({ lineId: line.id })
      setError(result.error)
    })
  }

  const title = line.productHandle ? (
    <Link href={`/products/${line.productHandle}`} data-testid="cart-line-title">
      {line.title}
    </Link>
  ) : (
    <span data-testid="cart-line-title">{line.title}</span>
  )

  return (
    <li className={styles.line} data-testid="cart-line" aria-busy={pending}>
      <Thumbnail src={line.thumbnail} alt="" fallbackLabel={line.title} size="small" />
      <div className={styles.details}>
        <h3 className={styles.title}>{title}</h3>
        {line.variantLabel && <p className={styles.meta}>{line.variantLabel}</p>}
        <p className={styles.meta} data-testid="cart-line-unit-price">
          {t("unitPrice", { price: line.unitPriceLabel })}
        </p>
      </div>
      <div className={styles.controls}>
        <label htmlFor={inputId} className="visually-hidden">
          {t("quantityLabel", { title: line.title })}
        </label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={value}
          onChange={(event) => change(event.target.value)}
          onBlur={(event) => commit(event.target.value)}
          onKeyDown={(event) => event.key === "Enter" && commit(event.currentTarget.value)}
          className={styles.quantity}
          data-testid="cart-line-quantity"
        />
        <button
          type="button"
          className={styles.remove}
          onClick={remove}
          disabled={pending}
          aria-label={t("removeLabel", { title: line.title })}
          data-testid="cart-line-remove"
        >
          {t("remove")}
        </button>
      </div>
      <p className={styles.total} data-testid="cart-line-total">
        {line.totalLabel}
      </p>
      <p className={`${styles.status} ${error ? styles.error : ""}`} role="status">
        {error ? tErrors(error) : pending ? t("updating") : ""}
      </p>
    </li>
  )
}
