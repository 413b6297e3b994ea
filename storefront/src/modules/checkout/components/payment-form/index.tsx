"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { choosePaymentAction } from "@/lib/data/checkout-actions"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import type { PaymentMethod } from "@/lib/data/payment-views"
import form from "../../styles/form.module.css"
import CheckoutError from "../checkout-error"

// Test ids the checkout has always had: cash on delivery is "cod".
const TEST_IDS: Record<PaymentMethod, string> = {
  cash_on_delivery: "checkout-payment-cod",
  vietqr: "checkout-payment-vietqr",
  card: "checkout-payment-card",
}

type Props = {
  /** The ways to pay the cart's region offers. */
  methods: PaymentMethod[]
  /** The choice the form starts with. */
  initial: PaymentMethod | null
  /** A delivery abroad, where only a card is taken. */
  abroad: boolean
  onDone: () => void
}

/** Step 3: how to pay — cash on delivery or a VietQR transfer to each cooperative, or a card abroad — each with what it means. */
export default function PaymentForm({ methods, initial, abroad, onDone }: Props) {
  const t = useTranslations("Checkout")
  const [method, setMethod] = useState<PaymentMethod | null>(initial)
  const [error, setError] = useState<CheckoutActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!method) return
    startTransition(async () => {
      const result = await choosePaymentAction({ method })
      setError(result.error)
      if (!result.error) onDone()
    })
  }

  return (
    <form className={form.form} onSubmit={submit} data-testid="checkout-payment-form">
      <fieldset className={form.choices}>
        <legend className={form.label}>{t("payment.legend")}</legend>
        {methods.map((option) => (
          <label key={option} className={form.choice}>
            <input
              type="radio"
              name="payment"
              value={option}
              checked={method === option}
              onChange={() => setMethod(option)}
              data-testid={TEST_IDS[option]}
            />
            <span className={form.choiceText}>
              <span>{t(`payment.method.${option}`)}</span>
              <span className={form.hint}>{t(`payment.hint.${option}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {methods.length === 0 && (
        <p className={form.hint} data-testid="checkout-payment-none">
          {abroad ? t("payment.noneAbroad") : t("payment.none")}
        </p>
      )}
      {methods.length === 1 && <p className={form.hint}>{t("payment.onlyOption")}</p>}
      <CheckoutError error={error} />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending || !method} data-testid="checkout-payment-submit">
          {pending ? t("saving") : t("continue")}
        </button>
      </div>
    </form>
  )
}
