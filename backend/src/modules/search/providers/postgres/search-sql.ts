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

// Facets are counted per facet group: the matches' group counts ("g") spread over each group's values.
const GROUPS = `"g" JOIN "search_facet_group" AS "fg" ON "fg"."id" = "g"."facet_group"`

function facetSelect(facet: ListFacet): string {
  const source =
    facet === "category" || facet === "certifications"
      ? `SELECT "v", "g"."n" FROM ${GROUPS}, unnest("fg"."${facet}") AS "v"`
      : `SELECT "fg"."${facet}"::text AS "v", "g"."n" FROM ${GROUPS} WHERE "fg"."${facet}" IS NOT NULL`
  return `(SELECT coalesce(json_agg(json_build_object('value', "v", 'count', "n") ORDER BY "n" DESC, "v"), '[]'::json)
     FROM (SELECT "v", sum("n")::int AS "n" FROM (${source}) AS "s" GROUP BY "v" ORDER BY 2 DESC, "v" LIMIT ${FACET_VALUE_LIMIT}) AS "f") AS "facet_${facet}"`
}

/** What a search matches: its text (a tsquery for selecting, one for ranking) and the words a title should start with. */
export type TextMatch = { match: string; rank: string; lead: { exact: string[]; prefixes: string[] } }

/**
 * One statement answers a search: the matching set once (materialised, a few narrow columns), its count per facet
 * group in one pass, the page of documents in the requested order (a top-N sort, not a sort of every match), and each
 * requested facet's counts from the group counts.
 */
export function searchStatement(request: SearchRequest, text: TextMatch | null): Statement {
  const p = new Params()
  const where = [`"kind" = ${p.add(request.kind)}`, ...filterConditions(request.filters, p)]
  let rank = "0::real"
  let from = `"search_document"`
  if (text) {
    from += `, to_tsquery('simple', ${p.add(text.rank)}) AS "query"`
    where.push(`"search_vector" @@ ${p.add(text.match)}::tsquery`)
    // Relevance: a title that starts with what was typed, then a match in a short title; a match elsewhere only
    // ("Cam sành Hàm Yên" before "Mứt vỏ cam sành" before a description that mentions cam sành). Only the small
    // title vector is ranked: ranking every matching document's full text would cost more than the search itself.
    // Both tests are array operators evaluated in the row (no subquery per match), and left out when there is nothing to test.
    const starts = [
      text.lead.exact.length ? `"title_start" = ANY(${p.add(text.lead.exact)}::text[])` : null,
      text.lead.prefixes.length ? `"title_start" ^@ ANY(${p.add(text.lead.prefixes)}::text[])` : null,
    ].filter(Boolean)
    const bonus = starts.length ? `CASE WHEN ${starts.join(" OR ")} THEN 1 ELSE 0 END` : "0"
    rank = `(${bonus} + ts_rank("title_vector", "query", 2) * 4)::real`
  }
  const sort: SortName = request.sort === "relevance" && !text ? "newest" : request.sort
  const facets = request.facets.filter((f): f is ListFacet => f !== "price")
  const columns = [
    `(SELECT "token" FROM "search_state") AS "state_token"`,
    `(SELECT coalesce(sum("n"), 0)::int FROM "g") AS "total"`,
    `(SELECT coalesce(json_agg("d"."document" ORDER BY "h"."ord"), '[]'::json)
       FROM (SELECT "id", row_number() OVER (ORDER BY ${ORDER[sort]}) AS "ord"
             FROM (SELECT * FROM "m" ORDER BY ${ORDER[sort]} LIMIT ${p.add(request.limit)} OFFSET ${p.add(request.offset)}) AS "page") AS "h"
       JOIN "search_document" AS "d" ON "d"."id" = "h"."id") AS "hits"`,
    ...facets.map(facetSelect),
  ]
  if (wantsPrice(request.facets)) columns.push(`(SELECT json_build_object('min', min("lo"), 'max', max("hi")) FROM "g") AS "facet_price"`)
  const sql = `WITH "m" AS MATERIALIZED (
    SELECT "id", "facet_group", "price_vnd", "ocop_stars", "units_sold", "listed_at", ${rank} AS "rank"
    FROM ${from} WHERE ${where.join(" AND ")}
  ), "g" AS MATERIALIZED (
    SELECT "facet_group", count(*)::int AS "n", min("price_vnd") AS "lo", max("price_vnd") AS "hi" FROM "m" GROUP BY "facet_group"
  ) SELECT ${columns.join(",\n")}`
  return { sql, params: p.values }
}

const wantsPrice = (facets: FacetName[]) => facets.includes("price")
