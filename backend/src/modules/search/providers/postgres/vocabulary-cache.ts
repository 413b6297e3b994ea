import type { Vocabulary } from "../../query/text-query"
import type { SqlClient } from "./sql-client"

/** How long a loaded vocabulary serves before it is read again (words written by another instance appear then). */
const FRESH_MS = 10_000

/** The index's words, kept in memory for typo corrections and prefix checks; reloaded when stale or after a write here. */
export class VocabularyCache {
  private loaded: { at: number; vocabulary: Vocabulary } | null = null
  private loading: Promise<Vocabulary> | null = null

  constructor(private readonly sql: SqlClient) {}

  invalidate() {
    this.loaded = null
  }

  async get(): Promise<Vocabulary> {
    if (this.loaded && Date.now() - this.loaded.at < FRESH_MS) return this.loaded.vocabulary
    this.loading ??= this.load().finally(() => (this.loading = null))
    return this.loading
  }

  private async load(): Promise<Vocabulary> {
    const rows = await this.sql<{ term: string }>(`SELECT "term" FROM "search_term" ORDER BY "term" COLLATE "C"`)
    const sorted = rows.map((r) => r.term)
    const vocabulary = { words: new Set(sorted), hasPrefix: (prefix: string) => hasPrefix(sorted, prefix) }
    this.loaded = { at: Date.now(), vocabulary }
    return vocabulary
  }
}

/** Binary search in a byte-order sorted list for a word starting with `prefix`. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < prefix) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix)
}
