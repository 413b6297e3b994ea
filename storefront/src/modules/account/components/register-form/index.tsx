"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { registerAction } from "@/lib/data/account/auth-actions"
import type { AccountErrorCode, AccountField } from "@/lib/data/account-views"
import form from "@/modules/checkout/styles/form.module.css"
import AccountError from "../account-error"
import AccountInput from "../account-error/account-input"

type Props = { next: string | null }
type Fields = Partial<Record<AccountField, AccountErrorCode>>

/** Name, e-mail, password and an optional Vietnamese mobile number; on success the shopper is signed in. */
export default function RegisterForm({ next }: Props) {
  const t = useTranslations("Account.register")
  const [error, setError] = useState<AccountErrorCode | null>(null)
  const [fields, setFields] = useState<Fields>({})
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(async () => {
      const result = await registerAction(data)
      setError(result?.error ?? null)
      setFields((result?.fields as Fields | undefined) ?? {})
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="account-register-form">
      {next && <input type="hidden" name="next" value={next} />}
      <AccountInput name="fullName" label={t("fullName")} type="text" autoComplete="name" testId="account-register-full-name" error={fields.fullName} />
      <AccountInput name="email" label={t("email")} type="email" inputMode="email" autoComplete="email" testId="account-register-email" error={fields.email} />
      <AccountInput
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        testId="account-register-password"
        error={fields.password}
        hint={t("passwordHint")}
      />
      <AccountInput
        name="phone"
        label={t("phone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        testId="account-register-phone"
        error={fields.phone}
        hint={t("phoneHint")}
        required={false}
      />
      <AccountError error={error} />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="account-register-submit">
          {pending ? t("pending") : t("submit")}
        </button>
      </div>
    </form>
  )
}
