"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { saveAddressAction } from "@/lib/data/checkout-actions"
import type { AddressFieldErrors, CheckoutAddressValues, SavedAddressView } from "@/lib/data/checkout-views"
import type { CommuneList } from "@/lib/data/commune-views"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import { useCheckedForm } from "@/modules/common/hooks/use-checked-form"
import form from "../../styles/form.module.css"
import CheckoutError from "../checkout-error"
import AddressFields from "./address-fields"

type Props = { values: CheckoutAddressValues; communes?: CommuneList | null; savedAddresses?: SavedAddressView[]; onDone: () => void }

/** Step 1: e-mail, recipient, Vietnamese mobile number and the address (province, commune, street); a signed-in shopper may pick a saved address. */
export default function AddressForm({ values, communes, savedAddresses = [], onDone }: Props) {
  const t = useTranslations("Checkout")
  const [shown, setShown] = useState<{ key: string; values: CheckoutAddressValues }>({ key: "cart", values })
  const { error, fields, pending, formRef, submit } = useCheckedForm<CheckoutActionError, AddressFieldErrors>(saveAddressAction, onDone)

  function pick(id: string) {
    const saved = savedAddresses.find((a) => a.id === id)
    // The e-mail typed so far stays; the saved address fills the rest.
    const email = formRef.current?.querySelector<HTMLInputElement>("input[name='email']")?.value ?? shown.values.email
    if (saved) setShown({ key: saved.id, values: { ...saved.values, email } })
  }

  return (
    <form ref={formRef} className={form.form} onSubmit={submit} noValidate data-testid="checkout-address-form">
      {savedAddresses.length > 0 && (
        <div className={form.field}>
          <label className={form.label} htmlFor="saved-address">
            {t("address.saved")}
          </label>
          <select id="saved-address" className={form.input} defaultValue="" onChange={(e) => pick(e.target.value)} data-testid="checkout-saved-address">
            <option value="">{t("address.savedPlaceholder")}</option>
            {savedAddresses.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {/* Re-keyed so a picked address replaces what the inputs hold. */}
      <AddressFields key={shown.key} values={shown.values} fields={fields} testIdPrefix="checkout" withEmail communes={communes ?? undefined} />
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
