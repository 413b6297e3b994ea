import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import type { PeriodQuery } from "../../lib/settlements"

/** The period lives in the page's address, so a cooperative's orders and the way back keep it; empty means "this month so far". */
export function usePeriodQuery(): [PeriodQuery, (period: PeriodQuery) => void] {
  const [params, setParams] = useSearchParams()
  const period = useMemo<PeriodQuery>(() => ({ from: params.get("from") ?? "", to: params.get("to") ?? "" }), [params])
  const update = useCallback((next: PeriodQuery) => setParams(new URLSearchParams(next), { replace: true }), [setParams])
  return [period, update]
}
