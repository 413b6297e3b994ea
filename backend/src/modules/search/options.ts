/** How the search module is configured (from the environment, in medusa-config). */
export type SearchModuleOptions = {
  /** When set, Meilisearch serves search; otherwise the embedded PostgreSQL provider does. */
  meilisearch?: { host: string; apiKey?: string; indexName?: string }
}
