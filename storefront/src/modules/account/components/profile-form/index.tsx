"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { updateProfileAction } from "@/lib/data/account/account-actions"
import type { AccountErrorCode, AccountField, CustomerView } from "@/lib/data/account-views"
import form from "@/modules/checkout/styles/form.module.css"
import styles from "../../styles/account.module.css"
import AccountError from "../account-error"
import AccountInput from "../account-error/account-input"

type Props = { customer: CustomerView }
type Fields = Partial<Record<AccountField, AccountErrorCode>>

/** The shopper's name and optional mobile number; the e-mail they sign in with is shown, not changed here. */
export default function ProfileForm({ customer }: Props) {
  const t = useTranslations("Account.profile")
  const [error, setError] = useState<AccountErrorCode | null>(null)
  const [fields, setFields] = useState<Fields>({})
  const [saved, setSaved] = useState(false)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(async () => {
      const result = await updateProfileAction(data)
      setError(result.error)
      setFields((result.fields as Fields | undefined) ?? {})
      setSaved(!result.error)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="account-profile-form">
      <p className={styles.muted} data-testid="account-profile-email">
        {t("email", { email: customer.email })}
      </p>
      <AccountInput name="fullName" label={t("fullName")} type="text" autoComplete="name" testId="account-profile-full-name" error={fields.fullName} defaultValue={customer.fullName} />
      <AccountInput
        name="phone"
        label={t("phone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        testId="account-profile-phone"
        error={fields.phone}
        defaultValue={customer.phone}
        required={false}
      />
      <AccountError error={error} />
      {saved && (
        <p className={styles.notice} role="status" data-testid="account-profile-saved">
          {t("saved")}
        </p>
      )}
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="account-profile-submit">
          {pending ? t("pending") : t("submit")}
        </button>
      </div>
    </form>
  )
}
