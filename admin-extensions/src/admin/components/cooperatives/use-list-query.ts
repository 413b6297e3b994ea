import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { COOPERATIVE_STATUSES, type CooperativeListQuery, type StatusFilter } from "../../lib/cooperatives"

const STATUS_FILTERS: StatusFilter[] = ["all", ...COOPERATIVE_STATUSES]

/** The list's filters live in the URL, so going back from a cooperative returns to the same page of the same queue. */
export function useListQuery(): [CooperativeListQuery, (patch: Partial<CooperativeListQuery>) => void] {
  const [params, setParams] = useSearchParams()

  const query = useMemo<CooperativeListQuery>(() => {
    const status = params.get("status") as StatusFilter | null
    const offset = Number(params.get("offset") ?? 0)
    return {
      // The review queue is what an operator opens this page for.
      status: status && STATUS_FILTERS.includes(status) ? status : "pending",
      commune: params.get("commune") ?? "",
      q: params.get("q") ?? "",
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    }
  }, [params])

  const update = useCallback(
    (patch: Partial<CooperativeListQuery>) => {
      // Any change of filter starts again from the first page.
      const next = { ...query, offset: 0, ...patch }
      const search = new URLSearchParams({ status: next.status })
      if (next.commune) search.set("commune", next.commune)
      if (next.q) search.set("q", next.q)
      if (next.offset) search.set("offset", String(next.offset))
      setParams(search, { replace: true })
    },
    [query, setParams]
  )

  return [query, update]
}
