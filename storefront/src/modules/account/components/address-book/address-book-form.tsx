"use client"

import { useTranslations } from "next-intl"
import { saveBookAddressAction } from "@/lib/data/account/account-actions"
import type { AccountErrorCode } from "@/lib/data/account-views"
import type { AddressFieldErrors, SavedAddressView } from "@/lib/data/checkout-views"
import AddressFields from "@/modules/checkout/components/address-form/address-fields"
import { useCheckedForm } from "@/modules/common/hooks/use-checked-form"
import form from "@/modules/checkout/styles/form.module.css"
import styles from "../../styles/account.module.css"
import AccountError from "../account-error"

type Props = { address: SavedAddressView | null; emptyValues: SavedAddressView["values"]; onDone: () => void; onCancel: () => void }

/** Adds an address, or edits `address`, with the very fields and checks of the checkout. */
export default function AddressBookForm({ address, emptyValues, onDone, onCancel }: Props) {
  const t = useTranslations("Account.addresses")
  const { error, fields, pending, formRef, submit } = useCheckedForm<AccountErrorCode, AddressFieldErrors>(saveBookAddressAction, onDone)

  return (
    <form ref={formRef} className={`${form.form} ${styles.card}`} onSubmit={submit} noValidate data-testid="address-form">
      <h3>{address ? t("formTitleEdit") : t("formTitleNew")}</h3>
      {address && <input type="hidden" name="id" value={address.id} />}
      <AddressFields values={address?.values ?? emptyValues} fields={fields} testIdPrefix="address" withEmail={false} />
      <label className={styles.check}>
        <input type="checkbox" name="isDefault" defaultChecked={address?.isDefault ?? false} data-testid="address-is-default" />
        {t("isDefault")}
      </label>
      <AccountError error={error} />
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="address-submit">
          {pending ? t("saving") : t("save")}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="address-cancel">
          {t("cancel")}
        </button>
      </div>
    </form>
  )
}
