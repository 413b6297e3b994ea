"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { choosePaymentAction } from "@/lib/data/checkout-actions"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import form from "../../styles/form.module.css"
import CheckoutError from "../checkout-error"

type Props = { onDone: () => void }

/** Step 3: cash on delivery, the only way to pay for now, shown already chosen. */
export default function PaymentForm({ onDone }: Props) {
  const t = useTranslations("Checkout")
  const [error, setError] = useState<CheckoutActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    startTransition(async () => {
      const result = await choosePaymentAction()
      setError(result.error)
      if (!result.error) onDone()
    })
  }

  return (
    <form className={form.form} onSubmit={submit} data-testid="checkout-payment-form">
      <fieldset className={form.choices}>
        <legend className={form.label}>{t("payment.legend")}</legend>
        <label className={form.choice}>
          <input type="radio" name="payment" value="cash_on_delivery" defaultChecked data-testid="checkout-payment-cod" />
          <span className={form.choiceText}>
            <span>{t("payment.cod")}</span>
            <span className={form.hint}>{t("payment.codHint")}</span>
          </span>
        </label>
      </fieldset>
      <p className={form.hint}>{t("payment.onlyOption")}</p>
      <CheckoutError error={error} />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="checkout-payment-submit">
          {pending ? t("saving") : t("continue")}
        </button>
      </div>
    </form>
  )
}
