"use client"

import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useLocale, useTranslations } from "next-intl"
import type { ReactNode } from "react"
import type { CardPaymentView, ForeignAddressValues } from "@/lib/data/checkout-views"
import form from "../../styles/form.module.css"
import styles from "./styles.module.css"

/** Confirms the card payment with Stripe; resolves to Stripe's own message when the card was refused, else null. */
export type ConfirmCard = () => Promise<string | null>

type Props = {
  card: CardPaymentView
  /** Who pays and where, sent to Stripe with the card (it checks postal code and address). */
  billing: ForeignAddressValues
  /** The place-order button, given the function that confirms the card first. */
  children: (confirm: ConfirmCard | null) => ReactNode
}

// Stripe.js is loaded once per publishable key, from Stripe, only on a checkout that takes a card.
const loaded = new Map<string, Promise<Stripe | null>>()
const stripeFor = (key: string) => {
  if (!loaded.has(key)) loaded.set(key, loadStripe(key))
  return loaded.get(key)!
}

// Intents already paid (a retry after placing failed) need no second confirmation.
const PAID = new Set(["succeeded", "requires_capture", "processing"])

/** The card step of a checkout abroad: Stripe's card field (the number never touches this site) above the place-order button. */
export default function CardPayment({ card, billing, children }: Props) {
  const locale = useLocale()
  return (
    <Elements stripe={stripeFor(card.publishableKey)} options={{ locale: locale === "vi" ? "vi" : "en" }}>
      <CardField card={card} billing={billing}>
        {children}
      </CardField>
    </Elements>
  )
}

function CardField({ card, billing, children }: Props) {
  const t = useTranslations("Checkout")
  const stripe = useStripe()
  const elements = useElements()

  const confirm: ConfirmCard | null =
    stripe && elements
      ? async () => {
          const field = elements.getElement(CardElement)
          if (!field) return t("card.loading")
          const { error, paymentIntent } = await stripe.confirmCardPayment(card.clientSecret, {
            payment_method: {
              card: field,
              billing_details: {
                name: billing.fullName,
                email: billing.email,
                phone: billing.phone,
                address: { line1: billing.street, city: billing.city, state: billing.state || undefined, postal_code: billing.postalCode, country: billing.country.toUpperCase() },
              },
            },
          })
          if (paymentIntent && PAID.has(paymentIntent.status)) return null
          if (error?.payment_intent && PAID.has(error.payment_intent.status)) return null
          return error?.message ?? t("card.loading")
        }
      : null

  return (
    <div className={styles.card}>
      <span className={form.label} id="card-field-label">
        {t("card.label")}
      </span>
      <div role="group" aria-labelledby="card-field-label" className={styles.field} data-testid="checkout-card-field">
        <CardElement options={{ hidePostalCode: true, style: { base: { fontSize: "16px" } } }} />
      </div>
      <p className={form.hint}>{t("card.secure")}</p>
      {children(confirm)}
    </div>
  )
}
