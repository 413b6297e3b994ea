"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import type { AddressFieldErrors, CheckoutAddressValues } from "@/lib/data/checkout-views"
import type { CommuneList } from "@/lib/data/commune-views"
import { PROVINCES } from "@/lib/util/provinces"
import CommuneInput from "@/modules/common/components/commune-input"
import form from "../../styles/form.module.css"
import AddressField from "./address-field"

type Props = {
  values: CheckoutAddressValues
  fields: AddressFieldErrors
  /** Test ids read `<prefix>-<field>`, e.g. `checkout-province`. */
  testIdPrefix: string
  /** The checkout asks for the e-mail too; the address book does not. */
  withEmail: boolean
  /** The communes of `values.province`, rendered with the form so the list works without JavaScript. */
  communes?: CommuneList
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/**
 * The address controls shared by checkout and address book: recipient, Vietnamese mobile number, province, then a
 * commune from that province's list, street.
 */
export default function AddressFields({ values, fields, testIdPrefix, withEmail, communes }: Props) {
  const t = useTranslations("Checkout")
  // Followed as it changes, so the commune list is the chosen province's at once.
  const [province, setProvince] = useState(values.province)

  function hintFor(name: keyof CheckoutAddressValues): string | undefined {
    if (name === "email") return t("address.emailHint")
    if (name === "phone") return t("address.phoneHint")
    if (name === "commune") return t("address.communeHint")
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
            onChange={(event) => setProvince(event.target.value)}
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
      <AddressField id="commune" label={t("address.commune")} hint={hintFor("commune")} error={fields.commune}>
        {({ id, describedBy, invalid }) => (
          <CommuneInput
            id={id}
            name="commune"
            province={province}
            initial={communes}
            defaultValue={values.commune}
            required
            invalid={invalid}
            describedBy={describedBy}
            className={form.input}
            testId={`${testIdPrefix}-commune`}
          />
        )}
      </AddressField>
      {input("street", "text", "street-address")}
    </>
  )
}
