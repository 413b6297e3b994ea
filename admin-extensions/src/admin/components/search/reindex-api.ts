import { sdk } from "../../lib/sdk"

export type SearchEngine = "postgres" | "meilisearch"
export type ReindexRunStatus = "running" | "done" | "failed"

/** One full reindex as the backend records it (times are ISO strings). */
export type Reindex = {
  id: string
  status: ReindexRunStatus
  total: number
  indexed: number
  error: string | null
  started_at: string
  finished_at: string | null
}

/** Which engine serves search, and the latest full reindex (null before the first). */
export type SearchStatus = { provider: SearchEngine; reindex: Reindex | null }

/** How often the page asks for progress while a reindex runs. */
export const REINDEX_POLL_MS = 1000

export const REINDEX_STATUS_COLORS: Record<ReindexRunStatus, "blue" | "green" | "red"> = {
  running: "blue",
  done: "green",
  failed: "red",
}

/** The engine and the latest full reindex. */
export function getSearchStatus(): Promise<SearchStatus> {
  return sdk.client.fetch<SearchStatus>("/admin/search/reindex")
}

/** Starts a full reindex; rejects with status 409 when one is already running. */
export async function startReindex(): Promise<Reindex> {
  const res = await sdk.client.fetch<{ reindex: Reindex }>("/admin/search/reindex", { method: "POST", body: {} })
  return res.reindex
}

/** Share of the documents written so far, 0–100 (a finished run with nothing to index is complete). */
export function reindexPercent(reindex: Pick<Reindex, "status" | "indexed" | "total">): number {
  if (reindex.total <= 0) return reindex.status === "done" ? 100 : 0
  return Math.min(100, Math.max(0, Math.floor((reindex.indexed / reindex.total) * 100)))
}
