"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useId, useState, useTransition } from "react"
import { Link } from "@/i18n/navigation"
import { addToCartAction } from "@/lib/data/cart-actions"
import type { CartErrorCode } from "@/lib/data/cart-errors"
import type { VariantView } from "@/types/views"
import StockLabel from "../stock-label"
import VariantSelect from "../variant-select"
import styles from "./styles.module.css"

type Props = { variants: VariantView[]; optionTitle: string | null }

type Status = { kind: "idle" } | { kind: "added" } | { kind: "error"; code: CartErrorCode }

/** Price, stock, variant choice, quantity and "add to cart" for the selected variant. */
export default function ProductActions({ variants, optionTitle }: Props) {
  const t = useTranslations("Product")
  const tErrors = useTranslations("Errors")
  const quantityId = useId()
  const [selectedId, setSelectedId] = useState(() => (variants.find((v) => v.stock.kind !== "out") ?? variants[0])?.id)
  const [quantity, setQuantity] = useState("1")
  const [status, setStatus] = useState<Status>({ kind: "idle" })
  const [pending, startTransition] = useTransition()

  const selected = variants.find((v) => v.id === selectedId)
  const canBuy = !!selected && selected.stock.kind !== "out" && selected.priceLabel !== null

  function selectVariant(variantId: string) {
    setSelectedId(variantId)
    setStatus({ kind: "idle" })
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const amount = Number(quantity)
    if (!selected || !Number.isInteger(amount) || amount < 1) {
      setStatus({ kind: "error", code: "invalid_input" })
      return
    }
    // Say it in the shop's words rather than the browser's; the backend checks stock again anyway.
    if (selected.maxQuantity !== null && amount > selected.maxQuantity) {
      setStatus({ kind: "error", code: "insufficient_stock" })
      return
    }
    setStatus({ kind: "idle" })
    startTransition(async () => {
      const result = await addToCartAction({ variantId: selected.id, quantity: amount })
      setStatus(result.error ? { kind: "error", code: result.error } : { kind: "added" })
    })
  }

  return (
    <div className={styles.actions}>
      <div className={styles.priceRow}>
        <p className={styles.price} data-testid="product-price">
          {selected?.priceLabel ?? t("priceUnavailable")}
        </p>
        {selected && <StockLabel stock={selected.stock} testId="product-stock" />}
      </div>

      {variants.length > 0 && (
        <VariantSelect
          label={optionTitle ?? t("optionFallback")}
          variants={variants}
          selectedId={selectedId}
          onSelect={selectVariant}
        />
      )}

      <form className={styles.form} onSubmit={submit} noValidate>
        <label className={styles.quantity} htmlFor={quantityId}>
          <span>{t("quantity")}</span>
          <input
            id={quantityId}
            type="number"
            inputMode="numeric"
            min={1}
            max={selected?.maxQuantity || undefined}
            step={1}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            className={styles.quantityInput}
            data-testid="quantity-input"
          />
        </label>
        <button type="submit" className="button button-primary" disabled={!canBuy || pending} data-testid="add-to-cart">
          {pending ? t("adding") : t("addToCart")}
        </button>
      </form>

      <div className={styles.feedback}>
        <p
          role="status"
          className={status.kind === "error" ? styles.error : styles.success}
          data-testid="add-to-cart-status"
        >
          {status.kind === "added" ? t("added") : status.kind === "error" ? tErrors(status.code) : ""}
        </p>
        {status.kind === "added" && (
          <Link href="/cart" className={styles.viewCart}>
            {t("viewCart")}
          </Link>
        )}
      </div>
    </div>
  )
}
