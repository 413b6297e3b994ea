import { useCallback, useEffect, useRef, useState } from "react"
import { listFairs, type FairList } from "../../lib/fairs"

type State = { list: FairList | null; loadedFor: number | null; failed: boolean; loading: boolean }

/** One page of fairs; an answer for an older page never overwrites a newer one. `reload` asks again after a change. */
export function useFairList(offset: number) {
  const [state, setState] = useState<State>({ list: null, loadedFor: null, failed: false, loading: true })
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const request = ++latest.current
    setState((s) => ({ ...s, loading: true, failed: false }))
    try {
      const list = await listFairs(offset)
      if (request === latest.current) setState({ list, loadedFor: offset, failed: false, loading: false })
    } catch {
      if (request === latest.current) setState((s) => ({ ...s, failed: true, loading: false }))
    }
  }, [offset])

  useEffect(() => {
    void reload()
    return () => {
      latest.current++
    }
  }, [reload])

  return { ...state, reload }
}
