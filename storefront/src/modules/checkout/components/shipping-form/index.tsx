"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { chooseShippingAction } from "@/lib/data/checkout-actions"
import type { CheckoutGroupView } from "@/lib/data/checkout-views"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import type { CartLineView } from "@/types/views"
import form from "../../styles/form.module.css"
import CheckoutError from "../checkout-error"
import CooperativeLines from "../cooperative-lines"
import styles from "./styles.module.css"

type Props = { groups: CheckoutGroupView[]; orphanLines: CartLineView[]; onDone: () => void }

/** Step 2: the cart per cooperative, each with its own shipping options as radio buttons and its subtotal. */
export default function ShippingForm({ groups, orphanLines, onDone }: Props) {
  const t = useTranslations("Checkout")
  const [choices, setChoices] = useState<Record<string, string | null>>(() =>
    Object.fromEntries(groups.map((g) => [g.cooperativeId, g.selectedOptionId]))
  )
  const [error, setError] = useState<CheckoutActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const optionIds = groups.map((g) => choices[g.cooperativeId])
    if (optionIds.some((id) => !id)) {
      setError({ code: "shipping_missing", detail: null })
      return
    }
    startTransition(async () => {
      const result = await chooseShippingAction({ optionIds: optionIds.filter((id): id is string => !!id) })
      setError(result.error)
      if (!result.error) onDone()
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="checkout-shipping-form">
      <p className={form.hint}>{t("shipping.intro")}</p>
      {groups.map((group) => (
        <section key={group.cooperativeId} className={styles.group} data-testid="checkout-group" data-cooperative={group.cooperativeHandle}>
          <h3 className={styles.name} data-testid="checkout-group-name">
            {group.cooperativeName}
          </h3>
          <CooperativeLines lines={group.lines} />
          <dl className={styles.row}>
            <dt>{t("shipping.subtotal")}</dt>
            <dd data-testid="checkout-group-subtotal">{group.subtotalLabel}</dd>
          </dl>
          {group.options.length === 0 ? (
            <p className={styles.warning} data-testid="checkout-group-no-options">
              {t("shipping.noOptions")}
            </p>
          ) : (
            <fieldset className={form.choices}>
              <legend className={form.label}>{t("shipping.optionsLabel", { name: group.cooperativeName })}</legend>
              {group.options.map((option) => (
                <label key={option.id} className={form.choice}>
                  <input
                    type="radio"
                    name={`shipping-${group.cooperativeId}`}
                    value={option.id}
                    checked={choices[group.cooperativeId] === option.id}
                    onChange={() => setChoices((current) => ({ ...current, [group.cooperativeId]: option.id }))}
                    data-testid="checkout-shipping-option"
                  />
                  <span className={form.choiceText}>{option.name}</span>
                  <span className={form.choicePrice}>{option.priceLabel}</span>
                </label>
              ))}
            </fieldset>
          )}
        </section>
      ))}
      {orphanLines.length > 0 && (
        <section className={styles.group} data-testid="checkout-orphans">
          <p className={styles.warning}>{t("shipping.orphans")}</p>
          <CooperativeLines lines={orphanLines} />
        </section>
      )}
      <CheckoutError error={error} />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="checkout-shipping-submit">
          {pending ? t("saving") : t("continue")}
        </button>
      </div>
    </form>
  )
}
