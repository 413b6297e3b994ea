/** Columns filled from a document (passed as one JSON array), with the weighted vector of its folded words. */
const FOLD = (expr: string) => `search_fold(${expr})`
const TEXT = (...fields: string[]) => fields.map((f) => `coalesce("e"."doc"->>'${f}', '')`).join(` || ' ' || `)
const WORDS = (field: string) => `coalesce((SELECT string_agg("w", ' ') FROM jsonb_array_elements_text("e"."doc"->'${field}') AS "w"), '')`

const VECTOR = [
  `setweight(to_tsvector('simple', ${FOLD(TEXT("title_vi", "title_en"))}), 'A')`,
  `setweight(to_tsvector('simple', ${FOLD(`${TEXT("cooperative_name", "subtitle_vi", "subtitle_en")} || ' ' || ${WORDS("keywords")}`)}), 'B')`,
  `setweight(to_tsvector('simple', ${FOLD(TEXT("description_vi", "description_en"))}), 'C')`,
].join(" || ")

const ARRAY = (field: string) => `ARRAY(SELECT jsonb_array_elements_text("e"."doc"->'${field}'))`

/** Gives the index a new state token (in the statement that changes it, so answers and token always agree). */
export const NEW_STATE_TOKEN = `"new_state" AS (UPDATE "search_state" SET "token" = gen_random_uuid()::text)`

/** A document's facet values as columns, in the order search_facet_key() takes them. */
const FACET_VALUES = `${ARRAY("category")} AS "category", "e"."doc"->>'product_set' AS "product_set", ("e"."doc"->>'ocop_stars')::int AS "ocop_stars",
    "e"."doc"->>'province' AS "province", "e"."doc"->>'commune' AS "commune", "e"."doc"->>'cooperative' AS "cooperative",
    ${ARRAY("certifications")} AS "certifications", coalesce(("e"."doc"->>'in_stock')::boolean, false) AS "in_stock"`
const FACET_KEY = `search_facet_key("f"."category", "f"."product_set", "f"."ocop_stars", "f"."province", "f"."commune", "f"."cooperative", "f"."certifications", "f"."in_stock")`
// OFFSET 0 keeps each lateral row computed once: pulled up into the query, its expressions would be computed again at
// every reference (the word vector five times per document).
const SOURCE = `jsonb_array_elements($1::jsonb) AS "e"("doc"), LATERAL (SELECT ${FACET_VALUES} OFFSET 0) AS "f"`

/**
 * Adds the facet groups that documents need and the index lacks, from `$1`: a JSON array of objects with the
 * documents' facet fields (each combination once). Its own statement, run before
 * UPSERT_DOCUMENTS: that one then sees every group, also one another writer has just added.
 */
export const ADD_FACET_GROUPS = `
INSERT INTO "search_facet_group" ("key", "category", "product_set", "ocop_stars", "province", "commune", "cooperative", "certifications", "in_stock")
SELECT DISTINCT ON (${FACET_KEY}) ${FACET_KEY}, "f".* FROM ${SOURCE}
ORDER BY ${FACET_KEY}
ON CONFLICT ("key") DO NOTHING`

/**
 * A lexeme for each multi-word synonym phrase the document contains (`$2`, "mat ong", found by the tsquery beside it in
 * `$3`), so a search for the phrase is answered by the index alone, without reading each match's positions.
 */
const PHRASES = `array_to_tsvector(ARRAY(SELECT "p"."lexeme" FROM unnest($2::text[], $3::tsquery[]) AS "p"("lexeme", "query") WHERE "v"."vector" @@ "p"."query"))`

/** Words of the vocabulary: the folded words of the documents, not the phrase lexemes (which hold a space). */
const IS_WORD = (lexeme: string) => `position(' ' in ${lexeme}) = 0`

/**
 * Upserts documents from `$1` (a JSON array), then adds their words to the vocabulary; answers how many found no facet
 * group (none, unless a group was missing: then the writer adds the groups and writes again). A phrase that is no longer a
 * synonym (not in `$2`) stops being one every document has: documents written now do not get its lexeme.
 */
export const UPSERT_DOCUMENTS = `
WITH "new_state" AS (
  UPDATE "search_state" SET "token" = gen_random_uuid()::text, "phrases" = ARRAY(SELECT unnest("phrases") INTERSECT SELECT unnest($2::text[]))
), "written" AS (
  INSERT INTO "search_document" ("id", "kind", "document", "category", "product_set", "ocop_stars", "province", "commune",
    "cooperative", "collection", "certifications", "price_vnd", "in_stock", "units_sold", "listed_at", "facet_group", "search_vector", "title_vector", "title_start", "created_at", "updated_at")
  SELECT "e"."doc"->>'id', "e"."doc"->>'kind', "e"."doc", "f"."category", "f"."product_set", "f"."ocop_stars", "f"."province", "f"."commune",
    "f"."cooperative", "e"."doc"->>'collection', "f"."certifications", ("e"."doc"->>'price_vnd')::int, "f"."in_stock",
    coalesce(("e"."doc"->>'units_sold')::int, 0), to_timestamp(("e"."doc"->>'created_at')::double precision / 1000),
    (SELECT "g"."id" FROM "search_facet_group" AS "g" WHERE "g"."key" = ${FACET_KEY}), "v"."vector" || ${PHRASES},
    to_tsvector('simple', ${FOLD(TEXT("title_vi", "title_en"))}),
    coalesce((regexp_match(${FOLD(`coalesce("e"."doc"->>'title_vi', '')`)}, '[[:alnum:]]+'))[1], ''), now(), now()
  FROM ${SOURCE}, LATERAL (SELECT ${VECTOR} AS "vector" OFFSET 0) AS "v"
  ON CONFLICT ("id") DO UPDATE SET
    "kind" = excluded."kind", "document" = excluded."document", "category" = excluded."category",
    "product_set" = excluded."product_set", "ocop_stars" = excluded."ocop_stars", "province" = excluded."province",
    "commune" = excluded."commune", "cooperative" = excluded."cooperative", "collection" = excluded."collection", "certifications" = excluded."certifications",
    "price_vnd" = excluded."price_vnd", "in_stock" = excluded."in_stock", "units_sold" = excluded."units_sold", "listed_at" = excluded."listed_at",
    "facet_group" = excluded."facet_group", "search_vector" = excluded."search_vector", "title_vector" = excluded."title_vector", "title_start" = excluded."title_start", "updated_at" = now(), "deleted_at" = NULL
  -- A document that has not changed stays where it is: a reindex rewrites only what changed, and the table stays compact.
  WHERE "search_document"."document" IS DISTINCT FROM excluded."document" OR "search_document"."search_vector" IS DISTINCT FROM excluded."search_vector"
    OR "search_document"."facet_group" IS DISTINCT FROM excluded."facet_group" OR "search_document"."deleted_at" IS NOT NULL
  RETURNING "search_vector", "facet_group"
), "terms" AS (
  INSERT INTO "search_term" ("term", "created_at", "updated_at")
  SELECT DISTINCT "t"."lexeme", now(), now() FROM "written", unnest("written"."search_vector") AS "t" WHERE ${IS_WORD(`"t"."lexeme"`)}
  ON CONFLICT ("term") DO NOTHING
)
SELECT count(*)::int AS "ungrouped" FROM "written" WHERE "facet_group" IS NULL`

/**
 * Rebuilds the vocabulary from the documents (after a full reindex): words no document has any more go. Every
 * document has just been written with the phrase lexemes of `$1`, so searches may now rely on them.
 */
export const REBUILD_VOCABULARY = `
WITH "new_state" AS (UPDATE "search_state" SET "token" = gen_random_uuid()::text, "phrases" = $1::text[]), "fresh" AS (SELECT DISTINCT "t"."lexeme" AS "term" FROM "search_document", unnest("search_vector") AS "t" WHERE ${IS_WORD(`"t"."lexeme"`)}),
"gone" AS (DELETE FROM "search_term" AS "s" WHERE NOT EXISTS (SELECT 1 FROM "fresh" AS "f" WHERE "f"."term" = "s"."term"))
INSERT INTO "search_term" ("term", "created_at", "updated_at")
SELECT "term", now(), now() FROM "fresh"
ON CONFLICT ("term") DO NOTHING`

/** Removes documents by id ($1). */
export const REMOVE_DOCUMENTS = `WITH ${NEW_STATE_TOKEN} DELETE FROM "search_document" WHERE "id" = ANY($1::text[])`

/** Removes every document whose id is not in $1. */
export const RETAIN_DOCUMENTS = `WITH ${NEW_STATE_TOKEN} DELETE FROM "search_document" WHERE NOT ("id" = ANY($1::text[]))`

/**
 * Merges the entries the GIN indexes keep aside for fast writes into the indexes proper (after a full reindex, which
 * leaves up to 4 MB of them, each read by every search until the next vacuum).
 */
export const MERGE_PENDING_INDEX_ENTRIES = `SELECT gin_clean_pending_list("i"::regclass) FROM unnest(ARRAY['"IDX_search_document_search_vector"', '"IDX_search_document_category"', '"IDX_search_document_certifications"']) AS "i"`

/** The index's current state token, and the phrase lexemes every document has. */
export const STATE_TOKEN = `SELECT "token", "phrases" FROM "search_state"`
