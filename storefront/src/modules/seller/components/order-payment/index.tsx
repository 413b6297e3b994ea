"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { recordPaymentAction } from "@/lib/data/seller/order-actions"
import type { SellerOrderView } from "@/lib/data/seller/order-views"
import form from "../../styles/form.module.css"
import FormError from "../form-error"
import PaymentStatus from "../payment-status"
import styles from "./styles.module.css"

type Props = { order: Pick<SellerOrderView, "id" | "displayId" | "totalLabel" | "paymentMethod" | "paymentStatus" | "paidLabel" | "can"> }

/** How the shopper pays this order and whether the money is in; the button that records it once it has arrived. */
export default function OrderPayment({ order }: Props) {
  const t = useTranslations("SellerOrders")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function record() {
    setError(null)
    startTransition(async () => {
      const result = await recordPaymentAction({ id: order.id })
      setError(result.error)
    })
  }

  return (
    <section className={styles.panel} aria-labelledby="seller-order-payment" aria-busy={pending} data-testid="seller-order-payment">
      <div className={styles.header}>
        <h2 id="seller-order-payment" className={styles.heading}>
          {t("payment.title")}
        </h2>
        <PaymentStatus status={order.paymentStatus} testId="seller-order-payment-status" />
      </div>
      <p className={styles.method} data-testid="seller-order-payment-method" data-method={order.paymentMethod}>
        {t(`payment.method.${order.paymentMethod}`)}
      </p>
      {order.paidLabel && (
        <p className={styles.paid} data-testid="seller-order-paid-at">
          {t("payment.paidAt", { date: order.paidLabel })}
        </p>
      )}
      {order.can.recordPayment && (
        <>
          <p className={form.hint}>{t(`payment.hint.${order.paymentMethod}`, { amount: order.totalLabel, id: order.displayId })}</p>
          <button type="button" className="button button-primary" onClick={record} disabled={pending} data-testid="seller-order-record-payment">
            {pending ? t("payment.recording") : t("payment.record")}
          </button>
        </>
      )}
      <FormError error={error} testId="seller-order-payment-error" />
    </section>
  )
}
