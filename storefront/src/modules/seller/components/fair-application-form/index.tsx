"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { applyToFairAction } from "@/lib/data/seller/fair-actions"
import type { FairApplicationIssue, FairApplicationValues, FairVariantOption } from "@/lib/data/seller/fair-views"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { fairApplicationIssue, MAX_BOOTH_ITEMS } from "@/lib/data/seller/mappers/fair"
import FormError from "../form-error"
import form from "../../styles/form.module.css"
import styles from "./styles.module.css"

type Props = { fairId: string; options: FairVariantOption[] }

/** The option's name as the form and its messages write it: "Cam sành · Thùng 10 kg". */
function optionName(option: FairVariantOption): string {
  return option.variantTitle ? `${option.productTitle} · ${option.variantTitle}` : option.productTitle
}

/** Applies for a booth: the variants to feature, each with a fair price next to its regular price. */
export default function FairApplicationForm({ fairId, options }: Props) {
  const t = useTranslations("SellerFairs")
  const [chosen, setChosen] = useState<Record<string, string>>({})
  const [error, setError] = useState<SellerActionError | null>(null)
  const [issue, setIssue] = useState<FairApplicationIssue | null>(null)
  const [pending, startTransition] = useTransition()

  // The form's order, not the order of ticking, so messages name the first product on the page.
  const values: FairApplicationValues = {
    items: options.filter((o) => o.variantId in chosen).map((o) => ({ variantId: o.variantId, fairPrice: chosen[o.variantId] ?? "" })),
  }

  function toggle(variantId: string, checked: boolean) {
    setChosen((current) => {
      const { [variantId]: price, ...rest } = current
      return checked ? { ...rest, [variantId]: price ?? "" } : rest
    })
  }

  function problemMessage(found: FairApplicationIssue): string {
    const option = options.find((o) => o.variantId === found.variantId)
    return t(`problems.${found.problem}`, { max: MAX_BOOTH_ITEMS, product: option ? optionName(option) : "", price: option?.regularPriceLabel ?? "" })
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const found = fairApplicationIssue(values, options)
    setIssue(found)
    if (found) {
      setError({ code: "invalid_input", message: problemMessage(found) })
      if (found.variantId) document.getElementById(`fair-price-${found.variantId}`)?.focus()
      return
    }
    setError(null)
    startTransition(async () => {
      const result = await applyToFairAction(fairId, values)
      // Success opens the fair's page again; only a refusal comes back here.
      if (result?.error) setError(result.error)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="fair-apply-form">
      <fieldset className={form.section}>
        <legend>{t("apply.productsLabel")}</legend>
        <p className={form.hint}>{t("apply.lead", { max: MAX_BOOTH_ITEMS })}</p>
        <ul className={styles.options}>
          {options.map((option) => {
            const checked = option.variantId in chosen
            const priceId = `fair-price-${option.variantId}`
            return (
              <li key={option.variantId} className={styles.option} data-testid="fair-apply-option" data-variant-id={option.variantId} data-checked={checked}>
                <label className={styles.choose}>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(event) => toggle(option.variantId, event.target.checked)}
                    disabled={pending}
                    data-testid="fair-apply-choose"
                  />
                  <span className={styles.name} data-testid="fair-apply-option-name">
                    {optionName(option)}
                  </span>
                </label>
                <div className={styles.prices}>
                  <span className={styles.regular} id={`${priceId}-regular`} data-testid="fair-apply-regular-price">
                    {t("apply.regularPrice", { price: option.regularPriceLabel })}
                  </span>
                  {checked && (
                    <span className={styles.fairPrice}>
                      <label htmlFor={priceId} className={form.label}>
                        {t("apply.fairPriceLabel")}
                      </label>
                      <input
                        id={priceId}
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        maxLength={15}
                        value={chosen[option.variantId] ?? ""}
                        onChange={(event) => setChosen((current) => ({ ...current, [option.variantId]: event.target.value }))}
                        placeholder={String(option.regularPrice)}
                        aria-describedby={`${priceId}-regular`}
                        aria-invalid={issue?.variantId === option.variantId}
                        disabled={pending}
                        className={`${form.input} ${styles.priceInput}`}
                        data-testid="fair-apply-price"
                      />
                    </span>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
        <p className={form.hint} data-testid="fair-apply-selected">
          {t("apply.selected", { count: values.items.length })}
        </p>
      </fieldset>
      <FormError error={error} testId="fair-apply-error" />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="fair-apply-submit">
          {pending ? t("apply.submitting") : t("apply.submit")}
        </button>
      </div>
    </form>
  )
}
