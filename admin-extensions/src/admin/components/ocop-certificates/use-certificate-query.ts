import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { OCOP_STATUS_FILTERS, type OcopListQuery, type OcopStatusFilter } from "../../lib/ocop-certificates"

/** The queue's tab, search and page live in the URL, so going back from a certificate returns to the same place. */
export function useCertificateQuery(): [OcopListQuery, (patch: Partial<OcopListQuery>) => void] {
  const [params, setParams] = useSearchParams()

  const query = useMemo<OcopListQuery>(() => {
    const status = params.get("status") as OcopStatusFilter | null
    const offset = Number(params.get("offset") ?? 0)
    return {
      // Certificates waiting for a check are what an operator opens this page for.
      status: status && OCOP_STATUS_FILTERS.includes(status) ? status : "submitted",
      q: params.get("q") ?? "",
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    }
  }, [params])

  const update = useCallback(
    (patch: Partial<OcopListQuery>) => {
      // Any change of filter starts again from the first page.
      const next = { ...query, offset: 0, ...patch }
      const search = new URLSearchParams({ status: next.status })
      if (next.q) search.set("q", next.q)
      if (next.offset) search.set("offset", String(next.offset))
      setParams(search, { replace: true })
    },
    [query, setParams]
  )

  return [query, update]
}
