"use client"

import { useTranslations } from "next-intl"
import type { VariantView } from "@/types/views"
import styles from "./styles.module.css"

type Props = {
  label: string
  variants: VariantView[]
  selectedId: string | undefined
  onSelect: (variantId: string) => void
}

/** One toggle button per variant (e.g. 500 g / 1 kg); the pressed one is the choice, sold-out ones are off. */
export default function VariantSelect({ label, variants, selectedId, onSelect }: Props) {
  const t = useTranslations("Product")
  return (
    <fieldset className={styles.fieldset} data-testid="variant-select">
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.options}>
        {variants.map((variant) => {
          const soldOut = variant.stock.kind === "out"
          return (
            <button
              key={variant.id}
              type="button"
              className={styles.option}
              aria-pressed={variant.id === selectedId}
              disabled={soldOut}
              data-testid="variant-option"
              onClick={() => onSelect(variant.id)}
            >
              {variant.label}
              {soldOut && <span className="visually-hidden">, {t("stockOut")}</span>}
            </button>
          )
        })}
      </div>
    </fieldset>
  )
}
