import { useCallback, useEffect, useRef, useState } from "react"
import { getCooperative, getUserNames, type CooperativeDetail } from "../../lib/cooperatives"

type State = { cooperative: CooperativeDetail | null; failure: "not_found" | "error" | null; actorNames: Record<string, string> }

/** One cooperative with members and history; `reload` fetches it again after a status change. */
export function useCooperative(id: string | undefined) {
  const [state, setState] = useState<State>({ cooperative: null, failure: null, actorNames: {} })
  const latest = useRef(0)

  const reload = useCallback(async () => {
    if (!id) return
    const request = ++latest.current
    try {
      const cooperative = await getCooperative(id)
      if (request !== latest.current) return
      setState((s) => ({ ...s, cooperative, failure: null }))
      const userIds = [...new Set(cooperative.status_changes.flatMap((c) => (c.actor_type === "user" && c.actor_id ? [c.actor_id] : [])))]
      // Names are a nicety: without them the history still shows who acted, by id.
      const actorNames = await getUserNames(userIds).catch(() => ({}))
      if (request === latest.current) setState((s) => ({ ...s, actorNames }))
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
