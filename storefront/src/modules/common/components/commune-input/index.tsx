"use client"

import type { CommuneList } from "@/lib/data/commune-views"
import { useCommunes } from "./use-communes"

type Props = {
  id: string
  name: string
  /** The province chosen in the form right now; its communes are offered. */
  province: string
  /** The list the server rendered for the form's first province, so it is offered without JavaScript too. */
  initial: CommuneList | undefined
  defaultValue: string
  className?: string
  /** The input's test id; the list's is `<testId>-options`, each offered name's `<testId>-option`. */
  testId: string
  describedBy?: string
  invalid?: boolean
  required?: boolean
}

/**
 * A commune, ward or special zone typed with the chosen province's official names offered as the shopper types
 * (a native `<datalist>`: filtering, keyboard and screen readers come from the browser). Other text is still
 * accepted here, so an old address shows as it was saved; the server refuses a name the province does not have.
 */
export default function CommuneInput({ id, name, province, initial, defaultValue, className, testId, describedBy, invalid, required }: Props) {
  const communes = useCommunes(province, initial)
  const listId = `${id}-options`
  return (
    <>
      <input
        id={id}
        name={name}
        type="text"
        list={listId}
        autoComplete="address-level2"
        defaultValue={defaultValue}
        required={required}
        maxLength={200}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={className}
        data-testid={testId}
      />
      <datalist id={listId} data-testid={`${testId}-options`} data-province={communes.length > 0 ? province : ""}>
        {communes.map((commune) => (
          <option key={commune} value={commune} data-testid={`${testId}-option`} />
        ))}
      </datalist>
    </>
  )
}
