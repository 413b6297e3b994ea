import type { SearchModuleOptions } from "../modules/search/options"
import type { BackendEnv } from "./env"

/** Meilisearch serves search when MEILISEARCH_HOST is set; otherwise the embedded PostgreSQL provider does. */
export function searchModuleOptions(env: Pick<BackendEnv, "MEILISEARCH_HOST" | "MEILISEARCH_API_KEY" | "MEILISEARCH_INDEX">): SearchModuleOptions {
  if (!env.MEILISEARCH_HOST) return {}
  return { meilisearch: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY, indexName: env.MEILISEARCH_INDEX } }
}

/** Whether changes reach the search index event by event (off only during bulk imports, which reindex at the end). */
export function searchSyncEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SEARCH_SYNC !== "off"
}
