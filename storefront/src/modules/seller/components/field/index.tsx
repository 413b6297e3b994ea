import type { ReactNode } from "react"
import form from "../../styles/form.module.css"

type Props = {
  label: string
  htmlFor: string
  hint?: string
  /** Shown after the label, e.g. "(không bắt buộc)". */
  optionalLabel?: string
  wide?: boolean
  children: ReactNode
}

/** A labelled form control with an optional hint under it; the hint is linked as the control's description. */
export default function Field({ label, htmlFor, hint, optionalLabel, wide = false, children }: Props) {
  return (
    <div className={`${form.field} ${wide ? form.wide : ""}`}>
      <label className={form.label} htmlFor={htmlFor}>
        {label} {optionalLabel && <span className={form.optional}>{optionalLabel}</span>}
      </label>
      {children}
      {hint && (
        <p className={form.hint} id={`${htmlFor}-hint`}>
          {hint}
        </p>
      )}
    </div>
  )
}

/** The `aria-describedby` value that points a control at its Field hint. */
export function hintId(htmlFor: string, hint: string | undefined): string | undefined {
  return hint ? `${htmlFor}-hint` : undefined
}
