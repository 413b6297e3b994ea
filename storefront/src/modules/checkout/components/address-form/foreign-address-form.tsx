"use client"

import { useTranslations } from "next-intl"
import { saveForeignAddressAction } from "@/lib/data/checkout-actions"
import type { CountryOption, ForeignAddressFieldErrors, ForeignAddressValues } from "@/lib/data/checkout-views"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import { useCheckedForm } from "@/modules/common/hooks/use-checked-form"
import form from "../../styles/form.module.css"
import CheckoutError from "../checkout-error"
import AddressField from "./address-field"

type Props = { values: ForeignAddressValues; countries: CountryOption[]; onDone: () => void }

type TextField = Exclude<keyof ForeignAddressValues, "country">

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Step 1 for a delivery abroad: e-mail, recipient, phone with its country code, and the address in one of the region's countries. */
export default function ForeignAddressForm({ values, countries, onDone }: Props) {
  const t = useTranslations("Checkout")
  const { error, fields, pending, formRef, submit } = useCheckedForm<CheckoutActionError, ForeignAddressFieldErrors>(saveForeignAddressAction, onDone)

  const labelOf = (name: TextField) =>
    name === "email" || name === "fullName" || name === "phone" ? t(`address.${name}`) : t(`abroad.${name}`)
  const hintOf = (name: TextField) => (name === "email" ? t("address.emailHint") : name === "phone" ? t("abroad.phoneHint") : undefined)

  const input = (name: TextField, type: string, autoComplete: string, required = true) => (
    <AddressField id={`abroad-${name}`} label={labelOf(name)} hint={hintOf(name)} error={fields[name]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={values[name]}
          required={required}
          maxLength={200}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={form.input}
          data-testid={`checkout-abroad-${kebab(name)}`}
        />
      )}
    </AddressField>
  )

  return (
    <form ref={formRef} className={form.form} onSubmit={submit} noValidate data-testid="checkout-foreign-address-form">
      {input("email", "email", "email")}
      {input("fullName", "text", "name")}
      <AddressField id="abroad-country" label={t("abroad.country")} error={fields.country}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="country"
            defaultValue={values.country}
            required
            autoComplete="country"
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={form.input}
            data-testid="checkout-abroad-country"
          >
            <option value="">{t("abroad.countryPlaceholder")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        )}
      </AddressField>
      {input("phone", "tel", "tel")}
      {input("street", "text", "address-line1")}
      {input("city", "text", "address-level2")}
      {input("state", "text", "address-level1", false)}
      {input("postalCode", "text", "postal-code")}
      <p className={form.hint}>{t("abroad.note")}</p>
      <CheckoutError error={error} />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="checkout-address-submit">
          {pending ? t("saving") : t("continue")}
        </button>
      </div>
    </form>
  )
}
