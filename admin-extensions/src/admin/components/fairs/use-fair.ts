import { useCallback, useEffect, useRef, useState } from "react"
import { getFair, listBooths, type Booth, type Fair } from "../../lib/fairs"

type State = { fair: Fair | null; booths: Booth[]; failure: "not_found" | "error" | null }

/** One fair with its booths; `reload` fetches both again after a change (a decision can change the fair's prices and phase). */
export function useFair(id: string | undefined) {
  const [state, setState] = useState<State>({ fair: null, booths: [], failure: null })
  const latest = useRef(0)

  const reload = useCallback(async () => {
    if (!id) return
    const request = ++latest.current
    try {
      const [fair, booths] = await Promise.all([getFair(id), listBooths(id)])
      if (request === latest.current) setState({ fair, booths, failure: null })
    } catch (e) {
      if (request !== latest.current) return
      setState((s) => ({ ...s, failure: (e as { status?: number }).status === 404 ? "not_found" : "error" }))
    }
  }, [id])

  useEffect(() => {
    void reload()
  }, [reload])

  return { ...state, reload }
}
