import { useEffect, useRef, useState } from "react"

/** A text field's own value, passed on once the operator pauses typing, so each keystroke is not a request. */
export function useDebouncedText(value: string, onCommit: (value: string) => void, delayMs = 300) {
  const [text, setText] = useState(value)
  const committed = useRef(value)
  const commit = useRef(onCommit)
  commit.current = onCommit

  // Follow the URL when it changes from elsewhere (back button), but not when it merely echoes what was typed.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value
      setText(value)
    }
  }, [value])

  useEffect(() => {
    if (text === committed.current) return
    const timer = setTimeout(() => {
      committed.current = text
      commit.current(text)
    }, delayMs)
    return () => clearTimeout(timer)
  }, [text, delayMs])

  return [text, setText] as const
}
