import { foldVietnamese } from "../../../lib/handle"

/** Most words of a query that count; a pasted paragraph cannot build a huge query. */
export const MAX_QUERY_WORDS = 10

/** The words of a query, diacritics folded (NFC or NFD, đ → d), lower case, letters and digits only. */
export function queryWords(q: string): string[] {
  return foldVietnamese(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
}

/** Whether the shopper is still typing the last word (no space after it), so it matches as a prefix. */
export function endsInPartialWord(q: string): boolean {
  return q.length > 0 && !/\s$/.test(q)
}
