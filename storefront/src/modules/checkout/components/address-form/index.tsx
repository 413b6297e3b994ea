"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useRef, useState, useTransition } from "react"
import { saveAddressAction } from "@/lib/data/checkout-actions"
import type { AddressFieldErrors, CheckoutAddressValues } from "@/lib/data/checkout-views"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import { PROVINCES } from "@/lib/util/provinces"
import form from "../../styles/form.module.css"
import CheckoutError from "../checkout-error"
import AddressField from "./address-field"

type Props = { values: CheckoutAddressValues; onDone: () => void }

/** Step 1: e-mail, recipient, Vietnamese mobile number and the address (province, commune, street). */
export default function AddressForm({ values, onDone }: Props) {
  const t = useTranslations("Checkout")
  const [error, setError] = useState<CheckoutActionError | null>(null)
  const [fields, setFields] = useState<AddressFieldErrors>({})
  const [pending, startTransition] = useTransition()
  const formRef = useRef<HTMLFormElement>(null)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(async () => {
      const result = await saveAddressAction(data)
      setError(result.error)
      setFields(result.fields ?? {})
      if (!result.error) onDone()
      // The first refused field gets the focus, so the shopper lands where the problem is.
      else formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus()
    })
  }

  const input = (name: keyof CheckoutAddressValues, type: string, autoComplete: string, inputMode?: "email" | "tel") => (
    <AddressField id={name} label={t(`address.${name}`)} hint={hintFor(name)} error={fields[name]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          defaultValue={values[name]}
          required
          maxLength={200}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={form.input}
          data-testid={`checkout-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
        />
      )}
    </AddressField>
  )

  function hintFor(name: keyof CheckoutAddressValues): string | undefined {
    if (name === "email") return t("address.emailHint")
    if (name === "phone") return t("address.phoneHint")
    return undefined
  }

  return (
    <form ref={formRef} className={form.form} onSubmit={submit} noValidate data-testid="checkout-address-form">
      {input("email", "email", "email", "email")}
      {input("fullName", "text", "name")}
      {input("phone", "tel", "tel", "tel")}
      <AddressField id="province" label={t("address.province")} error={fields.province}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="province"
            defaultValue={values.province}
            required
            autoComplete="address-level1"
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={form.input}
            data-testid="checkout-province"
          >
            <option value="">{t("address.provincePlaceholder")}</option>
            {PROVINCES.map((province) => (
              <option key={province} value={province}>
                {province}
              </option>
            ))}
          </select>
        )}
      </AddressField>
      {input("commune", "text", "address-level2")}
      {input("street", "text", "street-address")}
      <p className={form.hint}>{t("address.country")}</p>
      <CheckoutError error={error} />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="checkout-address-submit">
          {pending ? t("saving") : t("continue")}
        </button>
      </div>
    </form>
  )
}
