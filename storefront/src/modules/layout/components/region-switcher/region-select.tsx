"use client"

import { useTransition } from "react"
import { chooseRegionAction } from "@/lib/data/region-actions"
import styles from "./styles.module.css"

type Props = { options: { id: string; label: string }[]; currentId: string; label: string; apply: string }

/** The region choice as a form: changing the select sends it at once; without JavaScript the button does. */
export default function RegionSelect({ options, currentId, label, apply }: Props) {
  const [pending, startTransition] = useTransition()
  return (
    <form
      action={(form) => startTransition(() => chooseRegionAction(form))}
      className={styles.form}
      aria-busy={pending}
      data-testid="region-switcher"
    >
      <label htmlFor="ship-to" className={styles.label}>
        {label}
      </label>
      <select
        id="ship-to"
        name="regionId"
        defaultValue={currentId}
        key={currentId}
        className={styles.select}
        disabled={pending}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        data-testid="region-select"
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className={styles.apply}>
          {apply}
        </button>
      </noscript>
    </form>
  )
}
