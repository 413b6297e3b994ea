"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { loginAction } from "@/lib/data/seller/auth-actions"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import form from "../../styles/form.module.css"
import Field from "../field"
import FormError from "../form-error"

type Props = { next: string | null }

/** E-mail and password; on success the server action opens the portal (or `next`). */
export default function LoginForm({ next }: Props) {
  const t = useTranslations("SellerAuth")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setError(null)
    startTransition(async () => {
      const result = await loginAction({ email: String(data.get("email") ?? ""), password: String(data.get("password") ?? ""), next })
      if (result?.error) setError(result.error)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="seller-login-form">
      <Field label={t("email")} htmlFor="seller-login-email">
        <input
          id="seller-login-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          className={form.input}
          data-testid="seller-login-email"
        />
      </Field>
      <Field label={t("password")} htmlFor="seller-login-password">
        <input
          id="seller-login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={form.input}
          data-testid="seller-login-password"
        />
      </Field>
      <FormError error={error} testId="seller-login-error" />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="seller-login-submit">
          {pending ? t("signingIn") : t("signIn")}
        </button>
      </div>
    </form>
  )
}
