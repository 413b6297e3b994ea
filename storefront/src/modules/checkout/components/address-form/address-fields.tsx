"use client"

import { useTranslations } from "next-intl"
import type { AddressFieldErrors, CheckoutAddressValues } from "@/lib/data/checkout-views"
import { PROVINCES } from "@/lib/util/provinces"
import form from "../../styles/form.module.css"
import AddressField from "./address-field"

type Props = {
  values: CheckoutAddressValues
  fields: AddressFieldErrors
  /** Test ids read `<prefix>-<field>`, e.g. `checkout-province`. */
  testIdPrefix: string
  /** The checkout asks for the e-mail too; the address book does not. */
  withEmail: boolean
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** The address controls shared by checkout and address book: recipient, Vietnamese mobile number, province, commune, street. */
export default function AddressFields({ values, fields, testIdPrefix, withEmail }: Props) {
  const t = useTranslations("Checkout")

  function hintFor(name: keyof CheckoutAddressValues): string | undefined {
    if (name === "email") return t("address.emailHint")
    if (name === "phone") return t("address.phoneHint")
    return undefined
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
          data-testid={`${testIdPrefix}-${kebab(name)}`}
        />
      )}
    </AddressField>
  )

  return (
    <>
      {withEmail && input("email", "email", "email", "email")}
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
            data-testid={`${testIdPrefix}-province`}
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
    </>
  )
}
