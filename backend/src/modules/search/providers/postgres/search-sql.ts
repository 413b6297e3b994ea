import type { FacetName, ListFacet, SearchFilters, SearchRequest, SortName } from "../../types"

/** Most values a list facet returns (a commune facet could otherwise list hundreds). */
export const FACET_VALUE_LIMIT = 100

/** A statement with its $n parameters, built from a validated request; no request text is ever spliced into SQL. */
export type Statement = { sql: string; params: unknown[] }

class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

const ARRAY_COLUMNS: Partial<Record<keyof SearchFilters, string>> = { category: "category", certifications: "certifications" }
const SCALAR_COLUMNS: Partial<Record<keyof SearchFilters, [string, string]>> = {
  product_set: ["product_set", "text[]"],
  ocop_stars: ["ocop_stars", "int[]"],
  province: ["province", "text[]"],
  commune: ["commune", "text[]"],
  cooperative: ["cooperative", "text[]"],
  collection: ["collection", "text[]"],
}

function filterConditions(filters: SearchFilters, p: Params): string[] {
  const where: string[] = []
  for (const [key, column] of Object.entries(ARRAY_COLUMNS)) {
    const values = filters[key as keyof SearchFilters] as string[] | undefined
    if (values?.length) where.push(`"${column}" && ${p.add(values)}::text[]`)
  }
  for (const [key, [column, type]] of Object.entries(SCALAR_COLUMNS)) {
    const values = filters[key as keyof SearchFilters] as unknown[] | undefined
    if (values?.length) where.push(`"${column}" = ANY(${p.add(values)}::${type})`)
  }
  if (filters.price_min !== undefined) where.push(`"price_vnd" >= ${p.add(filters.price_min)}`)
  if (filters.price_max !== undefined) where.push(`"price_vnd" <= ${p.add(filters.price_max)}`)
  if (filters.in_stock !== undefined) where.push(`"in_stock" = ${p.add(filters.in_stock)}`)
  return where
}

const ORDER: Record<SortName, string> = {
  relevance: `"rank" DESC, "listed_at" DESC, "id"`,
  price_asc: `"price_vnd" ASC NULLS LAST, "rank" DESC, "id"`,
  price_desc: `"price_vnd" DESC NULLS LAST, "rank" DESC, "id"`,
  newest: `"listed_at" DESC, "id"`,
  stars: `"ocop_stars" DESC NULLS LAST, "rank" DESC, "listed_at" DESC, "id"`,
  best_selling: `"units_sold" DESC, "rank" DESC, "listed_at" DESC, "id"`,
}

function facetSelect(facet: ListFacet): string {
  const source = facet === "category" || facet === "certifications" ? `"m", unnest("m"."${facet}") AS "v"` : `(SELECT "${facet}"::text AS "v" FROM "m" WHERE "${facet}" IS NOT NULL) AS "s"`
  return `(SELECT coalesce(json_agg(json_build_object('value', "v", 'count', "n") ORDER BY "n" DESC, "v"), '[]'::json)
     FROM (SELECT "v", count(*)::int AS "n" FROM ${source} GROUP BY "v" ORDER BY "n" DESC, "v" LIMIT ${FACET_VALUE_LIMIT}) AS "f") AS "facet_${facet}"`
}

/**
 * One statement answers a search: the matching set once (materialised), its size, the page of documents in the
 * requested order, and each requested facet's counts over that set.
 */
export function searchStatement(request: SearchRequest, tsQuery: string | null, lead: { exact: string[]; prefixes: string[] } = { exact: [], prefixes: [] }): Statement {
  const p = new Params()
  const where = [`"kind" = ${p.add(request.kind)}`, ...filterConditions(request.filters, p)]
  let rank = "0::real"
  let from = `"search_document"`
  if (tsQuery) {
    from += `, to_tsquery('simple', ${p.add(tsQuery)}) AS "query"`
    where.push(`"search_vector" @@ "query"`)
    // Relevance: a title that starts with what was typed, then a match in a short title; a match elsewhere only
    // ("Cam sành Hàm Yên" before "Mứt vỏ cam sành" before a description that mentions cam sành). Only the small
    // title vector is ranked: ranking every matching document's full text would cost more than the search itself.
    const starts = `("title_start" = ANY(${p.add(lead.exact)}::text[]) OR EXISTS (SELECT 1 FROM unnest(${p.add(lead.prefixes)}::text[]) AS "l" WHERE starts_with("title_start", "l")))`
    rank = `(CASE WHEN ${starts} THEN 1 ELSE 0 END + ts_rank("title_vector", "query", 2) * 4)::real`
  }
  const sort: SortName = request.sort === "relevance" && !tsQuery ? "newest" : request.sort
  const facets = request.facets.filter((f): f is ListFacet => f !== "price")
  const columns = [
    `(SELECT "token" FROM "search_state") AS "state_token"`,
    `(SELECT count(*)::int FROM "m") AS "total"`,
    `(SELECT coalesce(json_agg("d"."document" ORDER BY "h"."ord"), '[]'::json)
       FROM (SELECT "id", row_number() OVER (ORDER BY ${ORDER[sort]}) AS "ord" FROM "m" ORDER BY ${ORDER[sort]}
             LIMIT ${p.add(request.limit)} OFFSET ${p.add(request.offset)}) AS "h"
       JOIN "search_document" AS "d" ON "d"."id" = "h"."id") AS "hits"`,
    ...facets.map(facetSelect),
  ]
  if (wantsPrice(request.facets)) columns.push(`(SELECT json_build_object('min', min("price_vnd"), 'max', max("price_vnd")) FROM "m" WHERE "price_vnd" IS NOT NULL) AS "facet_price"`)
  const sql = `WITH "m" AS MATERIALIZED (
    SELECT "id", "category", "product_set", "ocop_stars", "province", "commune", "cooperative", "collection", "certifications",
           "price_vnd", "in_stock", "units_sold", "listed_at", ${rank} AS "rank"
    FROM ${from} WHERE ${where.join(" AND ")}
  ) SELECT ${columns.join(",\n")}`
  return { sql, params: p.values }
}

const wantsPrice = (facets: FacetName[]) => facets.includes("price")
