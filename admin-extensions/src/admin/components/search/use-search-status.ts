import { useCallback, useEffect, useRef, useState } from "react"
import { getSearchStatus, REINDEX_POLL_MS, startReindex, type SearchStatus } from "./reindex-api"

type State = { status: SearchStatus | null; failed: boolean }

/**
 * The engine and the latest reindex, asked again every second while a reindex runs; `start` begins one and follows it.
 * Only the newest request may update the page or plan the next poll, so polls never pile up.
 */
export function useSearchStatus() {
  const [state, setState] = useState<State>({ status: null, failed: false })
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const running = useRef(false)
  const mounted = useRef(false)

  const load = useCallback(async () => {
    clearTimeout(timer.current)
    if (!mounted.current) return
    const request = ++latest.current
    try {
      const status = await getSearchStatus()
      if (request !== latest.current) return
      running.current = status.reindex?.status === "running"
      setState({ status, failed: false })
    } catch {
      if (request !== latest.current) return
      setState((s) => ({ ...s, failed: true }))
    }
    // A failed poll during a run is tried again: one lost answer should not freeze the progress.
    if (running.current) timer.current = setTimeout(() => void load(), REINDEX_POLL_MS)
  }, [])

  useEffect(() => {
    mounted.current = true
    void load()
    return () => {
      // Leaving the page stops the polling and drops answers still on their way.
      mounted.current = false
      latest.current++
      clearTimeout(timer.current)
    }
  }, [load])

  /** Starts a full reindex, then follows it; rejects with the backend's error (409 when one already runs). */
  const start = useCallback(async () => {
    try {
      const reindex = await startReindex()
      running.current = true
      if (mounted.current) setState((s) => (s.status ? { ...s, status: { ...s.status, reindex } } : s))
    } finally {
      await load()
    }
  }, [load])

  return { ...state, start }
}
