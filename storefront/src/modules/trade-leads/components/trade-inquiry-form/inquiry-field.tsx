import type { ReactNode } from "react"
import styles from "./styles.module.css"

type Props = {
  id: string
  label: string
  /** Shown after the label, e.g. "(không bắt buộc)". */
  optionalLabel?: string
  hint?: string
  /** What to correct, when the last try refused this field. */
  error: string | null
  wide?: boolean
  children: ReactNode
}

/** A labelled control with its hint and, after a refused try, what to correct. */
export default function InquiryField({ id, label, optionalLabel, hint, error, wide = false, children }: Props) {
  return (
    <div className={`${styles.field} ${wide ? styles.wide : ""}`}>
      <label className={styles.label} htmlFor={id}>
        {label} {optionalLabel && <span className={styles.optional}>{optionalLabel}</span>}
      </label>
      {children}
      {hint && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className={styles.fieldError} id={`${id}-error`} data-testid="trade-inquiry-field-error">
          {error}
        </p>
      )}
    </div>
  )
}

/** The `aria-describedby` of a field's control: its hint and error, whichever are in the page (missing ids are ignored). */
export function describedBy(id: string): string {
  return `${id}-hint ${id}-error`
}
