import { useEffect, useState } from "react"
import { getFairReport, listFairLeads, type FairReport, type TradeLead } from "../../lib/fairs"

type State = { report: FairReport | null; leads: TradeLead[] | null; failed: boolean }

/** The fair's report and its trade leads, asked again whenever `revision` changes (after a booth decision, say); null waits. */
export function useFairReport(fairId: string, revision: unknown) {
  const [state, setState] = useState<State>({ report: null, leads: null, failed: false })

  useEffect(() => {
    if (revision === null) return
    let current = true
    Promise.all([getFairReport(fairId), listFairLeads(fairId)])
      .then(([report, leads]) => current && setState({ report, leads, failed: false }))
      .catch(() => current && setState((s) => ({ ...s, failed: true })))
    return () => {
      current = false
    }
  }, [fairId, revision])

  return state
}
