/** What the catalogue search indexes: products, the cooperatives that sell them, and categories. */
export const SEARCH_KINDS = ["product", "cooperative", "category"] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Facets that answer with value counts. */
export const LIST_FACETS = ["category", "product_set", "ocop_stars", "province", "commune", "cooperative", "certifications", "in_stock"] as const
export type ListFacet = (typeof LIST_FACETS)[number]
/** Every facet a request may ask for: the list facets and the price range (min / max). */
export const FACETS = [...LIST_FACETS, "price"] as const
export type FacetName = (typeof FACETS)[number]

/** `best_selling`: most units sold first (placed purchases, less cancelled orders), newest first among equals. */
export const SORTS = ["relevance", "price_asc", "price_desc", "newest", "stars", "best_selling"] as const
export type SortName = (typeof SORTS)[number]

/** One searchable thing, built by the one transformer and stored as is by every provider. */
export type SearchDocument = {
  /** The entity's own id (prod_…, coop_…, pcat_…): unique across kinds thanks to the prefixes. */
  id: string
  kind: SearchKind
  handle: string
  title_vi: string
  title_en: string
  subtitle_vi: string
  subtitle_en: string
  description_vi: string
  description_en: string
  /** Other words that should find it: the cooperative's name, category names, commune, OCOP product set names. */
  keywords: string[]
  thumbnail: string | null
  /** Category handles. */
  category: string[]
  /** OCOP product set number (1–26) of the best active certificate, as text. */
  product_set: string | null
  /** Stars of the best active OCOP certificate. */
  ocop_stars: number | null
  /** Province name as stored, one of the 34 of 2025 ("Tuyên Quang"). */
  province: string | null
  commune: string | null
  /** Cooperative handle. */
  cooperative: string | null
  /** Handle of the product collection the product belongs to, if any. */
  collection: string | null
  cooperative_name: string | null
  /** Certification kinds of the product's lots (vietgap, organic_vn, …). */
  certifications: string[]
  /** Lowest variant price in whole đồng, and in US dollars (Medusa amounts, 2 decimals). */
  price_vnd: number | null
  price_usd: number | null
  in_stock: boolean
  /** Units of the product in placed purchases, less those of cancelled orders (0 for other kinds). */
  units_sold: number
  /** Epoch milliseconds. */
  created_at: number
}

export type SearchFilters = {
  category?: string[]
  product_set?: string[]
  ocop_stars?: number[]
  province?: string[]
  commune?: string[]
  cooperative?: string[]
  /** Product collection handles. */
  collection?: string[]
  certifications?: string[]
  /** Inclusive bounds on price_vnd. */
  price_min?: number
  price_max?: number
  in_stock?: boolean
}

export type SearchRequest = {
  kind: SearchKind
  /** Trimmed, at most MAX_QUERY_LENGTH characters; "" lists everything by `sort`. */
  q: string
  filters: SearchFilters
  facets: FacetName[]
  sort: SortName
  limit: number
  offset: number
}

/** A facet value and how many documents have it; category and cooperative values come with their names from the route. */
export type FacetCount = { value: string; count: number; label_vi?: string; label_en?: string }

export type SearchFacets = Partial<Record<ListFacet, FacetCount[]>> & { price?: { min: number; max: number } | null }

export type SearchResult = {
  hits: SearchDocument[]
  /** Counts over the documents matching the query and every filter, most frequent first. */
  facets: SearchFacets
  total: number
}

/** A search engine behind the one contract. */
export interface SearchProvider {
  readonly name: string
  /** Creates tables / applies index settings; safe to call at every start. */
  setup(): Promise<void>
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Removes every document not in `keepIds` (after a full reindex). */
  retainOnly(keepIds: string[]): Promise<void>
  search(request: SearchRequest): Promise<SearchResult>
}

export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 50
export const MAX_OFFSET = 1000
