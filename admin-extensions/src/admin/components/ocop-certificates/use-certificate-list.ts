import { useEffect, useState } from "react"
import { listOcopCertificates, type OcopList, type OcopListQuery } from "../../lib/ocop-certificates"

type State = { list: OcopList | null; loadedFor: OcopListQuery | null; failed: boolean; loading: boolean }

/** Loads one page of the queue; an answer to an older query never overwrites a newer one. */
export function useCertificateList(query: OcopListQuery) {
  const [state, setState] = useState<State>({ list: null, loadedFor: null, failed: false, loading: true })

  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true, failed: false }))
    listOcopCertificates(query)
      .then((list) => current && setState({ list, loadedFor: query, failed: false, loading: false }))
      .catch(() => current && setState((s) => ({ ...s, failed: true, loading: false })))
    return () => {
      current = false
    }
  }, [query])

  return state
}
