"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { signInAction } from "@/lib/data/account/auth-actions"
import type { AccountErrorCode } from "@/lib/data/account-views"
import form from "@/modules/checkout/styles/form.module.css"
import AccountError from "../account-error"

type Props = { next: string | null }

/** E-mail and password; on success the server action opens the account (or `next`). */
export default function SignInForm({ next }: Props) {
  const t = useTranslations("Account.signIn")
  const [error, setError] = useState<AccountErrorCode | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(async () => {
      const result = await signInAction(data)
      setError(result?.error ?? null)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="account-signin-form">
      {next && <input type="hidden" name="next" value={next} />}
      <div className={form.field}>
        <label className={form.label} htmlFor="signin-email">
          {t("email")}
        </label>
        <input id="signin-email" name="email" type="email" inputMode="email" autoComplete="email" required maxLength={200} className={form.input} data-testid="account-signin-email" />
      </div>
      <div className={form.field}>
        <label className={form.label} htmlFor="signin-password">
          {t("password")}
        </label>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" required maxLength={200} className={form.input} data-testid="account-signin-password" />
      </div>
      <AccountError error={error} />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="account-signin-submit">
          {pending ? t("pending") : t("submit")}
        </button>
      </div>
    </form>
  )
}
