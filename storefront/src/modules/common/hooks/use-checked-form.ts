"use client"

import { type FormEvent, useRef, useState, useTransition } from "react"

/** What a form's server action answers: why it failed (null when saved) and, per refused field, why. */
export type CheckedFormResult<E, F> = { error: E | null; fields?: F }

/**
 * A form sent to a server action that checks each field: keeps the error and refused fields it answers, calls `onDone`
 * when it saved, and otherwise puts the focus on the first refused field, so the person lands where the problem is.
 */
export function useCheckedForm<E, F extends object>(action: (data: FormData) => Promise<CheckedFormResult<E, unknown>>, onDone: () => void) {
  const [error, setError] = useState<E | null>(null)
  const [fields, setFields] = useState<F>({} as F)
  const [pending, startTransition] = useTransition()
  const formRef = useRef<HTMLFormElement>(null)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(async () => {
      const result = await action(data)
      setError(result.error)
      setFields((result.fields ?? {}) as F)
      if (!result.error) onDone()
      else formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus()
    })
  }

  return { error, fields, pending, formRef, submit }
}
