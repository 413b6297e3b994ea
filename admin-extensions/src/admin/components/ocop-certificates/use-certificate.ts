import { useCallback, useEffect, useRef, useState } from "react"
import { getOcopCertificate, type OcopCertificate } from "../../lib/ocop-certificates"

type State = { certificate: OcopCertificate | null; failure: "not_found" | "error" | null }

/** One certificate with its history; `reload` fetches it again after an action. */
export function useCertificate(id: string | undefined) {
  const [state, setState] = useState<State>({ certificate: null, failure: null })
  const latest = useRef(0)

  const reload = useCallback(async () => {
    if (!id) return
    const request = ++latest.current
    try {
      const certificate = await getOcopCertificate(id)
      if (request === latest.current) setState({ certificate, failure: null })
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
