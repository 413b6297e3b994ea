"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { Link } from "@/i18n/navigation"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { SELLER_PATHS, withNext } from "@/lib/data/seller/paths"
import { registerAction } from "@/lib/data/seller/register-actions"
import type { CooperativeFormValues } from "@/lib/data/seller/views"
import form from "../../styles/form.module.css"
import CooperativeFields from "../cooperative-fields"
import FormError from "../form-error"
import PersonFields from "./person-fields"

/** Who is being registered: a person and a cooperative, only a cooperative (signed in), or only a person (invited). */
export type RegisterMode = "full" | "cooperative" | "person"

type Props = { mode: RegisterMode; next: string | null; defaultEmail: string; cooperativeValues: CooperativeFormValues }

/** The one-page registration; the backend's refusal is shown beside the button and the fields keep their text. */
export default function RegisterForm({ mode, next, defaultEmail, cooperativeValues }: Props) {
  const t = useTranslations("SellerAuth")
  const [error, setError] = useState<SellerActionError | null>(null)
  // Set when this form created the person but the cooperative was refused; the page then turns signed-in.
  const [accountCreated, setAccountCreated] = useState(false)
  const [pending, startTransition] = useTransition()
  const showPerson = mode !== "cooperative" && !accountCreated

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setError(null)
    startTransition(async () => {
      const result = await registerAction(data)
      if (!result?.error) return
      setError(result.error)
      if (mode !== "cooperative") setAccountCreated(result.accountCreated)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="seller-register-form" data-mode={mode}>
      <input type="hidden" name="next" value={next ?? ""} />
      {showPerson && <PersonFields defaultEmail={defaultEmail} />}
      {accountCreated && (
        <p className={form.success} role="status" data-testid="seller-register-account-created">
          {t("accountCreated")}
        </p>
      )}
      {mode !== "person" && <CooperativeFields values={cooperativeValues} mode="create" showBank={false} />}
      <FormError error={error} testId="seller-register-error">
        {error?.code === "email_taken" && (
          <Link href={withNext(SELLER_PATHS.login, next)} data-testid="seller-register-login-link">
            {t("goToLogin")}
          </Link>
        )}
      </FormError>
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="seller-register-submit">
          {pending ? t("registering") : mode === "person" ? t("createAccount") : t("register")}
        </button>
      </div>
    </form>
  )
}
