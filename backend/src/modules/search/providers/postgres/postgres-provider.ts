import type { SearchDocument, SearchFacets, SearchProvider, SearchRequest, SearchResult } from "../../types"
import { leadingWords, phraseLexeme, textQuery, toMatchQuery, toTsQuery } from "../../query/text-query"
import { SYNONYM_PHRASES } from "../../query/synonym-phrases"
import { ADD_FACET_GROUPS, MERGE_PENDING_INDEX_ENTRIES, REBUILD_VOCABULARY, REMOVE_DOCUMENTS, RETAIN_DOCUMENTS, STATE_TOKEN, UPSERT_DOCUMENTS } from "./document-sql"
import { searchStatement } from "./search-sql"
import type { SqlClient } from "./sql-client"
import { ResultCache } from "./result-cache"
import { VocabularyCache } from "./vocabulary-cache"

/** Documents written per statement. */
const CHUNK = 500

/** The multi-word synonym phrases ("mat ong", "glass noodles"): a document that contains one gets its phrase lexeme. */
const PHRASES = SYNONYM_PHRASES.flat().filter((phrase) => phrase.length > 1)
const PHRASE_LEXEMES = PHRASES.map(phraseLexeme)
const PHRASE_QUERIES = PHRASES.map((phrase) => phrase.map((w) => `'${w}'`).join(" <-> "))

const FACET_FIELDS = ["category", "product_set", "ocop_stars", "province", "commune", "cooperative", "certifications", "in_stock"] as const

type FacetGroup = Pick<SearchDocument, (typeof FACET_FIELDS)[number]>

/** The distinct combinations of facet values among documents (a chunk of 500 products holds a few dozen), by key. */
function facetGroups(documents: SearchDocument[]): [string, FacetGroup][] {
  const groups = new Map<string, FacetGroup>()
  for (const document of documents) {
    const group = Object.fromEntries(FACET_FIELDS.map((f) => [f, document[f]])) as FacetGroup
    groups.set(JSON.stringify(group), group)
  }
  return [...groups.entries()]
}

type ResultRow = { total: number; hits: SearchDocument[] } & Record<string, unknown>

/**
 * The embedded default: documents in a PostgreSQL table, words folded with `unaccent`, matched through a GIN
 * tsvector index, typos corrected against the index's own vocabulary, facets counted in SQL per facet group.
 */
export class PostgresSearchProvider implements SearchProvider {
  readonly name = "postgres"
  private readonly vocabulary: VocabularyCache
  private readonly results = new ResultCache()
  /** Facet groups this process has made sure exist. */
  private readonly knownFacetGroups = new Set<string>()

  constructor(private readonly sql: SqlClient) {
    this.vocabulary = new VocabularyCache(sql)
  }

  async setup() {
    // The tables, extensions and indexes come with the module's migrations.
  }

  async upsert(documents: SearchDocument[]) {
    for (let i = 0; i < documents.length; i += CHUNK) {
      const chunk = documents.slice(i, i + CHUNK)
      const groups = facetGroups(chunk)
      await this.addFacetGroups(groups.filter(([key]) => !this.knownFacetGroups.has(key)))
      const json = JSON.stringify(chunk)
      const [written] = await this.sql<{ ungrouped: number }>(UPSERT_DOCUMENTS, [json, PHRASE_LEXEMES, PHRASE_QUERIES])
      // A group this process knew is gone (a restored database): add the chunk's groups and write it again.
      if (written?.ungrouped) {
        this.knownFacetGroups.clear()
        await this.addFacetGroups(groups)
        await this.sql(UPSERT_DOCUMENTS, [json, PHRASE_LEXEMES, PHRASE_QUERIES])
      }
    }
    if (documents.length) this.vocabulary.invalidate()
  }

  // Facet groups are never removed, so one known to exist needs no statement (a reindex soon knows them all).
  private async addFacetGroups(groups: [string, FacetGroup][]) {
    if (!groups.length) return
    await this.sql(ADD_FACET_GROUPS, [JSON.stringify(groups.map(([, group]) => group))])
    for (const [key] of groups) this.knownFacetGroups.add(key)
  }

  async remove(ids: string[]) {
    if (!ids.length) return
    await this.sql(REMOVE_DOCUMENTS, [ids])
  }

  async retainOnly(keepIds: string[]) {
    await this.sql(RETAIN_DOCUMENTS, [keepIds])
    await this.sql(REBUILD_VOCABULARY, [PHRASE_LEXEMES])
    await this.sql(MERGE_PENDING_INDEX_ENTRIES)
    this.vocabulary.invalidate()
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const [state] = await this.sql<{ token: string; phrases: string[] }>(STATE_TOKEN)
    const kept = state && this.results.get(state.token, request)
    if (kept) return kept
    const { token, result } = await this.compute(request, new Set(state?.phrases ?? []))
    this.results.set(token, request, result)
    return result
  }

  // The answer and the token it holds for are read in one statement, so an answer is never kept under a later token.
  private async compute(request: SearchRequest, indexedPhrases: ReadonlySet<string>): Promise<{ token: string; result: SearchResult }> {
    const text = request.q ? textQuery(request.q, await this.vocabulary.get()) : null
    const rank = text && toTsQuery(text)
    const match = text && toMatchQuery(text, indexedPhrases)
    const { sql, params } = searchStatement(request, text && rank && match ? { rank, match, lead: leadingWords(text) } : null)
    // A document's word vector lives outside its row, so matching must go through the GIN index: a sequential scan
    // (which the planner, not counting that, picks when the words are common) would read every vector.
    const [row] = await this.sql<ResultRow>(sql, params, text ? { planner: ["enable_seqscan = off"] } : {})
    const facets: SearchFacets = {}
    for (const facet of request.facets) {
      const value = row?.[`facet_${facet}`]
      if (facet === "price") facets.price = (value as { min: number | null; max: number | null } | undefined)?.min == null ? null : (value as { min: number; max: number })
      else facets[facet] = (value as { value: string; count: number }[] | undefined) ?? []
    }
    return { token: String(row?.state_token ?? ""), result: { hits: row?.hits ?? [], facets, total: row?.total ?? 0 } }
  }
}
