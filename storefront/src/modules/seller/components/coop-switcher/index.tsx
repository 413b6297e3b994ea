"use client"

import { useTranslations } from "next-intl"
import { useId, useState, useTransition } from "react"
import { switchCooperativeAction } from "@/lib/data/seller/auth-actions"
import type { MembershipView } from "@/lib/data/seller/views"
import styles from "./styles.module.css"

type Props = { memberships: MembershipView[]; activeId: string }

/** Picks which of the person's cooperatives the portal acts on; the server checks the membership. */
export default function CoopSwitcher({ memberships, activeId }: Props) {
  const t = useTranslations("SellerNav")
  const id = useId()
  const [value, setValue] = useState(activeId)
  const [failed, setFailed] = useState(false)
  const [pending, startTransition] = useTransition()

  function change(cooperativeId: string) {
    setValue(cooperativeId)
    startTransition(async () => {
      const result = await switchCooperativeAction({ cooperativeId })
      // On success the action navigates away; staying here means it did not switch.
      if (result.error) {
        setFailed(true)
        setValue(activeId)
      }
    })
  }

  return (
    <div className={styles.switcher}>
      <label htmlFor={id} className="visually-hidden">
        {t("switchLabel")}
      </label>
      <select
        id={id}
        value={value}
        disabled={pending}
        onChange={(event) => change(event.target.value)}
        className={styles.select}
        data-testid="seller-coop-switcher"
      >
        {memberships.map((m) => (
          <option key={m.cooperativeId} value={m.cooperativeId}>
            {m.shortName ?? m.name}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert" className={styles.error}>
          {t("switchFailed")}
        </span>
      )}
    </div>
  )
}
