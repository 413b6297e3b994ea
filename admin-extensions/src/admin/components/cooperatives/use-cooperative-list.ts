import { useEffect, useState } from "react"
import { listCooperatives, type CooperativeList, type CooperativeListQuery } from "../../lib/cooperatives"

type State = { list: CooperativeList | null; loadedFor: CooperativeListQuery | null; failed: boolean; loading: boolean }

/** Loads one page of cooperatives; an answer to an older query never overwrites a newer one. */
export function useCooperativeList(query: CooperativeListQuery) {
  const [state, setState] = useState<State>({ list: null, loadedFor: null, failed: false, loading: true })

  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true, failed: false }))
    listCooperatives(query)
      .then((list) => current && setState({ list, loadedFor: query, failed: false, loading: false }))
      .catch(() => current && setState((s) => ({ ...s, failed: true, loading: false })))
    return () => {
      current = false
    }
  }, [query])

  return state
}
