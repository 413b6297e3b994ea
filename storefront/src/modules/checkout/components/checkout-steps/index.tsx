"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { CHECKOUT_STEPS, type CheckoutStep, type CheckoutView } from "@/lib/data/checkout-views"
import AddressForm from "../address-form"
import ForeignAddressForm from "../address-form/foreign-address-form"
import AddressSummary from "../address-summary"
import ForeignAddressSummary from "../address-summary/foreign-address-summary"
import OrderReview from "../order-review"
import PaymentForm from "../payment-form"
import ShippingForm from "../shipping-form"
import StepSection, { type StepState } from "../step-section"
import styles from "./styles.module.css"

type Props = { checkout: CheckoutView }

const indexOf = (step: CheckoutStep) => CHECKOUT_STEPS.indexOf(step)

/** The four checkout steps on one page: one open at a time, finished ones summarised with a way back. */
export default function CheckoutSteps({ checkout }: Props) {
  const t = useTranslations("Checkout")
  const [open, setOpen] = useState<CheckoutStep>(checkout.firstOpenStep)
  // A step past the first unfinished one cannot be open, whatever was clicked before the cart changed.
  const current = Math.min(indexOf(open), indexOf(checkout.firstOpenStep))
  const stateOf = (step: CheckoutStep): StepState => (indexOf(step) < current ? "done" : indexOf(step) === current ? "open" : "upcoming")
  const advance = (step: CheckoutStep) => () => setOpen(CHECKOUT_STEPS[indexOf(step) + 1] ?? "review")

  const shippingSummary = (
    <ul className={styles.list}>
      {checkout.groups.map((group) => (
        <li key={group.cooperativeId}>
          {group.cooperativeName}: {group.options.find((o) => o.id === group.selectedOptionId)?.name} ({group.shippingLabel})
        </li>
      ))}
    </ul>
  )

  const paymentSummary = checkout.paymentMethod && (
    <p className={styles.text} data-testid="checkout-payment-summary" data-method={checkout.paymentMethod}>
      {t(`payment.method.${checkout.paymentMethod}`)}
    </p>
  )

  const abroad = checkout.destination === "abroad"
  const addressSummary = abroad ? (
    <ForeignAddressSummary values={checkout.foreignAddress} countries={checkout.countries} />
  ) : (
    <AddressSummary values={checkout.address} />
  )

  return (
    <ol className={styles.steps} aria-label={t("stepsLabel")}>
      <StepSection step="address" number={1} state={stateOf("address")} summary={addressSummary} onEdit={() => setOpen("address")}>
        {abroad ? (
          <ForeignAddressForm values={checkout.foreignAddress} countries={checkout.countries} onDone={advance("address")} />
        ) : (
          <AddressForm values={checkout.address} communes={checkout.communes} savedAddresses={checkout.savedAddresses} onDone={advance("address")} />
        )}
      </StepSection>
      <StepSection step="shipping" number={2} state={stateOf("shipping")} summary={shippingSummary} onEdit={() => setOpen("shipping")}>
        <ShippingForm groups={checkout.groups} orphanLines={checkout.orphanLines} onDone={advance("shipping")} />
      </StepSection>
      <StepSection step="payment" number={3} state={stateOf("payment")} summary={paymentSummary} onEdit={() => setOpen("payment")}>
        <PaymentForm methods={checkout.paymentMethods} initial={checkout.preferredPaymentMethod} abroad={abroad} onDone={advance("payment")} />
      </StepSection>
      <StepSection step="review" number={4} state={stateOf("review")}>
        <OrderReview checkout={checkout} />
      </StepSection>
    </ol>
  )
}
