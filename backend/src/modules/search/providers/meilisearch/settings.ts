import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { foldVietnamese } from "../../../../lib/handle"
import { SYNONYM_GROUPS } from "../../synonyms"
import { MAX_LIMIT, MAX_OFFSET } from "../../types"
import { FACET_VALUE_LIMIT } from "../postgres/search-sql"

/** Searched fields, most telling first: Meilisearch's attribute rule ranks a title match above a description match. */
export const SEARCHABLE_ATTRIBUTES = ["title_vi", "title_en", "keywords", "cooperative_name", "subtitle_vi", "subtitle_en", "description_vi", "description_en"]

/** Fields the kind, the filters and the facets read. */
export const FILTERABLE_ATTRIBUTES = ["kind", "category", "product_set", "ocop_stars", "province", "commune", "cooperative", "collection", "certifications", "price_vnd", "in_stock"]

export const SORTABLE_ATTRIBUTES = ["price_vnd", "created_at", "ocop_stars", "units_sold"]

/**
 * Meilisearch's default rules with "sort" right after "words", as its sorting guide advises when users pick an order
 * themselves: a shopper who asks for the cheapest first gets exactly that, with relevance breaking ties.
 */
export const RANKING_RULES = ["words", "sort", "typo", "proximity", "attribute", "exactness"]

/** One typo from 3 letters (`ogn` → ong), two from 8, like the PostgreSQL provider. */
export const MIN_WORD_SIZE_FOR_TYPOS = { oneTypo: 3, twoTypos: 8 }

/**
 * Also caps `totalHits`, so it sits far above any catalogue we expect (our API itself pages only to
 * MAX_OFFSET + MAX_LIMIT); a higher cap costs nothing for the pages we actually request.
 */
export const MAX_TOTAL_HITS = Math.max(100_000, MAX_OFFSET + MAX_LIMIT)

/** Each term of a group finds every other term, each written with and without diacritics. */
export function synonymsFrom(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    const forms = group.map((term) => unique([term.normalize("NFC").toLowerCase().trim(), foldVietnamese(term)]))
    forms.forEach((own, i) => {
      const others = forms.filter((_, j) => j !== i).flat()
      for (const form of own) synonyms[form] = unique([...(synonyms[form] ?? []), ...others.filter((o) => !own.includes(o))])
    })
  }
  return synonyms
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))]

/** The index settings, applied at every setup (Meilisearch skips the work when nothing changed). */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: FILTERABLE_ATTRIBUTES,
  sortableAttributes: SORTABLE_ATTRIBUTES,
  rankingRules: RANKING_RULES,
  synonyms: synonymsFrom(SYNONYM_GROUPS),
  typoTolerance: { enabled: true, minWordSizeForTypos: MIN_WORD_SIZE_FOR_TYPOS },
  // Counted values keep the most frequent ones when a facet has more than the limit (the default keeps A to Z).
  faceting: { maxValuesPerFacet: FACET_VALUE_LIMIT, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
}

/** The primary key every document is stored under. */
export const PRIMARY_KEY = "id"
