"use client"

import type { VariantView } from "@/types/views"
import styles from "./styles.module.css"

type Props = {
  label: string
  variants: VariantView[]
  selectedId: string | undefined
  onSelect: (variantId: string) => void
}

/** One toggle button per variant (e.g. 500 g / 1 kg); the pressed one is the choice. */
export default function VariantSelect({ label, variants, selectedId, onSelect }: Props) {
  return (
    <fieldset className={styles.fieldset} data-testid="variant-select">
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.options}>
        {variants.map((variant) => (
          <button
            key={variant.id}
            type="button"
            className={styles.option}
            aria-pressed={variant.id === selectedId}
            data-out-of-stock={variant.stock.kind === "out" || undefined}
            data-testid="variant-option"
            onClick={() => onSelect(variant.id)}
          >
            {variant.label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
