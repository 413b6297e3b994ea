"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import type { SellerActionError, SellerActionResult } from "@/lib/data/seller/mappers/action-error"
import { confirmOrderAction, shipOrderAction } from "@/lib/data/seller/order-actions"
import type { SellerOrderView } from "@/lib/data/seller/order-views"
import form from "../../styles/form.module.css"
import FormError from "../form-error"
import CancelOrder from "./cancel-order"
import styles from "./styles.module.css"

// Common Vietnamese carriers, offered as suggestions; any other name may be typed.
const CARRIERS = ["GHN", "GHTK", "Viettel Post", "VNPost", "J&T Express", "Ninja Van", "BEST Express", "SPX Express", "Ahamove"]

type Props = { id: string; can: SellerOrderView["can"] }

/** Next steps for an order: confirm it, hand it to a carrier with a tracking code, or cancel with a reason. */
export default function OrderActions({ id, can }: Props) {
  const t = useTranslations("SellerOrders")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function run(action: () => Promise<SellerActionResult>) {
    setError(null)
    startTransition(async () => {
      const result = await action()
      setError(result.error)
    })
  }

  function ship(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    run(() => shipOrderAction({ id, carrier: String(data.get("carrier") ?? ""), trackingCode: String(data.get("trackingCode") ?? "") }))
  }

  if (!can.confirm && !can.ship && !can.cancel) return null
  return (
    <section className={styles.panel} aria-labelledby="seller-order-actions" aria-busy={pending}>
      <h2 id="seller-order-actions" className={styles.heading}>
        {t("actionsTitle")}
      </h2>
      {can.confirm && (
        <div className={styles.step}>
          <p className={form.hint}>{t("confirmHint")}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => run(() => confirmOrderAction({ id }))}
            disabled={pending}
            data-testid="seller-order-confirm"
          >
            {t("confirm")}
          </button>
        </div>
      )}
      {can.ship && (
        <form className={styles.step} onSubmit={ship} noValidate data-testid="seller-order-ship-form">
          <p className={form.hint}>{t("shipHint")}</p>
          <div className={form.grid}>
            <label className={form.field}>
              <span className={form.label}>{t("carrier")}</span>
              <input
                name="carrier"
                list="seller-carriers"
                autoComplete="off"
                required
                className={form.input}
                data-testid="seller-order-carrier"
              />
            </label>
            <label className={form.field}>
              <span className={form.label}>{t("trackingCode")}</span>
              <input
                name="trackingCode"
                autoComplete="off"
                autoCapitalize="characters"
                required
                className={form.input}
                data-testid="seller-order-tracking"
              />
            </label>
          </div>
          <datalist id="seller-carriers">
            {CARRIERS.map((carrier) => (
              <option key={carrier} value={carrier} />
            ))}
          </datalist>
          <button type="submit" className="button button-primary" disabled={pending} data-testid="seller-order-ship">
            {t("ship")}
          </button>
        </form>
      )}
      {can.cancel && <CancelOrder id={id} pending={pending} run={run} />}
      <FormError error={error} testId="seller-order-action-error" />
    </section>
  )
}
