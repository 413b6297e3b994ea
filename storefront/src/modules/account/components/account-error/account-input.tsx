import { useTranslations } from "next-intl"
import type { HTMLInputTypeAttribute } from "react"
import type { AccountErrorCode } from "@/lib/data/account-views"
import form from "@/modules/checkout/styles/form.module.css"

type Props = {
  name: string
  label: string
  type: HTMLInputTypeAttribute
  autoComplete: string
  testId: string
  error: AccountErrorCode | undefined
  hint?: string
  defaultValue?: string
  required?: boolean
  inputMode?: "email" | "tel"
}

/** A labelled account form input with its hint and, when refused, the reason under it. */
export default function AccountInput({ name, label, type, autoComplete, testId, error, hint, defaultValue, required = true, inputMode }: Props) {
  const t = useTranslations("AccountErrors")
  const id = `account-${name}`
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={form.field}>
      <label className={form.label} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={200}
        aria-invalid={!!error}
        aria-describedby={describedBy}
        className={form.input}
        data-testid={testId}
      />
      {error && (
        <p className={form.fieldError} id={`${id}-error`} data-testid="account-field-error" data-field={name}>
          {t(error)}
        </p>
      )}
      {hint && (
        <p className={form.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  )
}
