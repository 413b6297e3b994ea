import { useEffect, useState } from "react"

type State<T> = { data: T | null; failure: "not_found" | "failed" | null; loading: boolean }

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

/** Loads what `load` fetches whenever `key` changes; an answer to an older key never overwrites a newer one. */
export function useLoaded<T>(key: string, load: () => Promise<T>): State<T> {
  const [state, setState] = useState<State<T>>({ data: null, failure: null, loading: true })

  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true, failure: null }))
    load()
      .then((data) => current && setState({ data, failure: null, loading: false }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, failure: statusOf(error) === 404 ? "not_found" : "failed", loading: false })))
    return () => {
      current = false
    }
    // `key` names everything `load` depends on; `load` itself is a new function on every render.
  }, [key])

  return state
}
