"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { deleteBookAddressAction, setDefaultBookAddressAction } from "@/lib/data/account/account-actions"
import type { AccountErrorCode, CheckoutAddressValues } from "@/lib/data/account-views"
import type { SavedAddressView } from "@/lib/data/checkout-views"
import styles from "../../styles/account.module.css"
import AccountError from "../account-error"
import AddressBookForm from "./address-book-form"

type Props = { addresses: SavedAddressView[]; profile: CheckoutAddressValues }

/** The shopper's saved addresses, default first: add, edit, delete and choose the default. */
export default function AddressBook({ addresses, profile }: Props) {
  const t = useTranslations("Account.addresses")
  // "new", an address id being edited, or null when no form is open.
  const [editing, setEditing] = useState<string | null>(addresses.length === 0 ? "new" : null)
  const [error, setError] = useState<AccountErrorCode | null>(null)
  const [pending, startTransition] = useTransition()

  const act = (work: () => Promise<{ error: AccountErrorCode | null }>) =>
    startTransition(async () => {
      setError((await work()).error)
    })

  const remove = (id: string) => {
    if (window.confirm(t("confirmDelete"))) act(() => deleteBookAddressAction({ id }))
  }

  return (
    <div className={styles.section}>
      {addresses.length === 0 && <p className={styles.muted}>{t("empty")}</p>}
      <ul className={styles.list} data-testid="address-list">
        {addresses.map((address) =>
          editing === address.id ? (
            <li key={address.id}>
              <AddressBookForm address={address} emptyValues={profile} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={address.id} className={styles.card} data-testid="address-entry" data-id={address.id} data-default={address.isDefault}>
              <div className={styles.row}>
                <span data-testid="address-label">{address.label}</span>
                {address.isDefault && <span className={styles.badge}>{t("default")}</span>}
              </div>
              <p className={styles.muted}>{address.values.phone}</p>
              <div className={styles.actions}>
                <button type="button" className="button" onClick={() => setEditing(address.id)} data-testid="address-edit">
                  {t("edit")}
                </button>
                {!address.isDefault && (
                  <button type="button" className="button" disabled={pending} onClick={() => act(() => setDefaultBookAddressAction({ id: address.id }))} data-testid="address-make-default">
                    {t("makeDefault")}
                  </button>
                )}
                <button type="button" className="button" disabled={pending} onClick={() => remove(address.id)} data-testid="address-delete">
                  {t("delete")}
                </button>
              </div>
            </li>
          )
        )}
      </ul>
      <AccountError error={error} />
      {editing === "new" ? (
        <AddressBookForm address={null} emptyValues={profile} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />
      ) : (
        <div className={styles.actions}>
          <button type="button" className="button button-primary" onClick={() => setEditing("new")} data-testid="address-add">
            {t("add")}
          </button>
        </div>
      )}
    </div>
  )
}
