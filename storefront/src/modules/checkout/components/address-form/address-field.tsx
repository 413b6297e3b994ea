import { useTranslations } from "next-intl"
import type { ReactElement } from "react"
import type { AddressFieldError, ForeignAddressFieldError } from "@/lib/data/checkout-views"
import form from "../../styles/form.module.css"

type Props = {
  id: string
  label: string
  hint?: string
  error: AddressFieldError | ForeignAddressFieldError | undefined
  /** Renders the control, given the ids it must point to and whether it is refused. */
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactElement
}

/** A labelled address control with its hint and, when refused, the reason under it. */
export default function AddressField({ id, label, hint, error, children }: Props) {
  const t = useTranslations("CheckoutErrors")
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined
  return (
    <div className={form.field}>
      <label className={form.label} htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {error && (
        <p className={form.fieldError} id={errorId} data-testid="checkout-field-error" data-field={id}>
          {t(error)}
        </p>
      )}
      {hint && (
        <p className={form.hint} id={hintId}>
          {hint}
        </p>
      )}
    </div>
  )
}
