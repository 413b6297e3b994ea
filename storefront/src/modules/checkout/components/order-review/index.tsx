"use client"

import { useTranslations } from "next-intl"
import { useRef, useState, useTransition } from "react"
import { checkPricesAction, placeOrderAction } from "@/lib/data/checkout-actions"
import type { CheckoutView } from "@/lib/data/checkout-views"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import form from "../../styles/form.module.css"
import AddressSummary from "../address-summary"
import ForeignAddressSummary from "../address-summary/foreign-address-summary"
import CardPayment, { type ConfirmCard } from "../card-payment"
import CheckoutError from "../checkout-error"
import CooperativeLines from "../cooperative-lines"
import styles from "./styles.module.css"

type Props = { checkout: CheckoutView }

/** Step 4: what each cooperative will send and charge, the grand total, and the one button that places the order. */
export default function OrderReview({ checkout }: Props) {
  const t = useTranslations("Checkout")
  const [error, setError] = useState<CheckoutActionError | null>(null)
  const [pending, startTransition] = useTransition()
  // Set synchronously on the first click, before React re-renders the button as disabled.
  const placing = useRef(false)

  // A card is confirmed with Stripe first (the shopper may have to pass their bank's check); the order is placed after.
  // The prices are checked before the card is charged: a price that moved is shown before any money is taken.
  function place(confirmCard?: ConfirmCard) {
    if (placing.current) return
    placing.current = true
    setError(null)
    startTransition(async () => {
      const checked = confirmCard ? await checkPricesAction() : { error: null }
      if (checked.error) {
        setError(checked.error)
        placing.current = false
        return
      }
      const refused = confirmCard ? await confirmCard() : null
      if (refused) {
        setError({ code: "card_failed", detail: refused })
        placing.current = false
        return
      }
      const result = await placeOrderAction()
      // On success the action redirects to the purchase page; the button stays off until that page replaces this one.
      if (result?.error) {
        setError(result.error)
        placing.current = false
      }
    })
  }

  return (
    <div className={form.form}>
      <p className={form.hint}>{t("review.intro")}</p>
      {checkout.groups.map((group) => {
        const option = group.options.find((o) => o.id === group.selectedOptionId)
        return (
          <section key={group.cooperativeId} className={styles.group} data-testid="checkout-review-group" data-cooperative={group.cooperativeHandle}>
            <h3 className={styles.name} data-testid="checkout-review-group-name">
              {group.cooperativeName}
            </h3>
            <CooperativeLines lines={group.lines} />
            <dl className={styles.totals}>
              <dt>{t("review.items")}</dt>
              <dd>{group.subtotalLabel}</dd>
              <dt>{t("review.shipping", { name: option?.name ?? "—" })}</dt>
              <dd data-testid="checkout-review-group-shipping">{group.shippingLabel ?? "—"}</dd>
              <dt className={styles.strong}>{t("review.cooperativeTotal")}</dt>
              <dd className={styles.strong} data-testid="checkout-review-group-total">
                {group.totalLabel}
              </dd>
            </dl>
          </section>
        )
      })}
      <dl className={styles.facts}>
        <dt>{t("review.shipTo")}</dt>
        <dd>
          {checkout.destination === "abroad" ? (
            <ForeignAddressSummary values={checkout.foreignAddress} countries={checkout.countries} />
          ) : (
            <AddressSummary values={checkout.address} />
          )}
        </dd>
        <dt>{t("review.payment")}</dt>
        <dd data-testid="checkout-review-payment" data-method={checkout.paymentMethod ?? ""}>
          {checkout.paymentMethod && t(`payment.method.${checkout.paymentMethod}`)}
          {checkout.paymentMethod === "vietqr" && <p className={form.hint}>{t("review.vietqrNote")}</p>}
        </dd>
      </dl>
      <dl className={`${styles.totals} ${styles.grand}`}>
        <dt>{t("review.itemTotal")}</dt>
        <dd>{checkout.itemTotalLabel}</dd>
        <dt>{t("review.shippingTotal")}</dt>
        <dd data-testid="checkout-shipping-total">{checkout.shippingTotalLabel}</dd>
        <dt className={styles.strong}>{t("review.grandTotal")}</dt>
        <dd className={styles.strong} data-testid="checkout-grand-total">
          {checkout.totalLabel}
        </dd>
      </dl>
      <p className={form.hint}>{t("review.orderCount", { count: checkout.groups.length })}</p>
      {checkout.paymentMethod === "card" && checkout.card ? (
        <CardPayment card={checkout.card} billing={checkout.foreignAddress}>
          {(confirm) => (
            <PlaceButton error={error} pending={pending} ready={!!confirm} onPlace={() => confirm && place(confirm)} label={t("review.placeOrder")} busyLabel={t("review.placing")} />
          )}
        </CardPayment>
      ) : (
        <PlaceButton error={error} pending={pending} ready onPlace={() => place()} label={t("review.placeOrder")} busyLabel={t("review.placing")} />
      )}
    </div>
  )
}

type PlaceButtonProps = { error: CheckoutActionError | null; pending: boolean; ready: boolean; onPlace: () => void; label: string; busyLabel: string }

/** Why placing failed, if it did, and the one button that places the order (off while placing or while the card form loads). */
function PlaceButton({ error, pending, ready, onPlace, label, busyLabel }: PlaceButtonProps) {
  return (
    <>
      <CheckoutError error={error} />
      <div className={form.actions}>
        <button type="button" className="button button-primary" onClick={onPlace} disabled={pending || !ready} aria-busy={pending} data-testid="checkout-place-order">
          {pending ? busyLabel : label}
        </button>
      </div>
    </>
  )
}
