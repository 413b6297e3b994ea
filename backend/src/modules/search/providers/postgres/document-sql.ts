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

/** Upserts documents from `$1` (a JSON array), then adds their words to the vocabulary. */
export const UPSERT_DOCUMENTS = `
WITH ${NEW_STATE_TOKEN}, "written" AS (
  INSERT INTO "search_document" ("id", "kind", "document", "category", "product_set", "ocop_stars", "province", "commune",
    "cooperative", "collection", "certifications", "price_vnd", "in_stock", "units_sold", "listed_at", "search_vector", "title_vector", "title_start", "created_at", "updated_at")
  SELECT "e"."doc"->>'id', "e"."doc"->>'kind', "e"."doc", ${ARRAY("category")}, "e"."doc"->>'product_set',
    ("e"."doc"->>'ocop_stars')::int, "e"."doc"->>'province', "e"."doc"->>'commune', "e"."doc"->>'cooperative', "e"."doc"->>'collection',
    ${ARRAY("certifications")}, ("e"."doc"->>'price_vnd')::int, coalesce(("e"."doc"->>'in_stock')::boolean, false),
    coalesce(("e"."doc"->>'units_sold')::int, 0), to_timestamp(("e"."doc"->>'created_at')::double precision / 1000), ${VECTOR},
    to_tsvector('simple', ${FOLD(TEXT("title_vi", "title_en"))}),
    coalesce((regexp_match(${FOLD(`coalesce("e"."doc"->>'title_vi', '')`)}, '[[:alnum:]]+'))[1], ''), now(), now()
  FROM jsonb_array_elements($1::jsonb) AS "e"("doc")
  ON CONFLICT ("id") DO UPDATE SET
    "kind" = excluded."kind", "document" = excluded."document", "category" = excluded."category",
    "product_set" = excluded."product_set", "ocop_stars" = excluded."ocop_stars", "province" = excluded."province",
    "commune" = excluded."commune", "cooperative" = excluded."cooperative", "collection" = excluded."collection", "certifications" = excluded."certifications",
    "price_vnd" = excluded."price_vnd", "in_stock" = excluded."in_stock", "units_sold" = excluded."units_sold", "listed_at" = excluded."listed_at",
    "search_vector" = excluded."search_vector", "title_vector" = excluded."title_vector", "title_start" = excluded."title_start", "updated_at" = now(), "deleted_at" = NULL
  RETURNING "search_vector"
)
INSERT INTO "search_term" ("term", "created_at", "updated_at")
SELECT DISTINCT "t"."lexeme", now(), now() FROM "written", unnest("written"."search_vector") AS "t"
ON CONFLICT ("term") DO NOTHING`

/** Rebuilds the vocabulary from the documents (after a full reindex): words no document has any more go. */
export const REBUILD_VOCABULARY = `
WITH ${NEW_STATE_TOKEN}, "fresh" AS (SELECT DISTINCT "t"."lexeme" AS "term" FROM "search_document", unnest("search_vector") AS "t"),
"gone" AS (DELETE FROM "search_term" AS "s" WHERE NOT EXISTS (SELECT 1 FROM "fresh" AS "f" WHERE "f"."term" = "s"."term"))
INSERT INTO "search_term" ("term", "created_at", "updated_at")
SELECT "term", now(), now() FROM "fresh"
ON CONFLICT ("term") DO NOTHING`

/** Removes documents by id ($1). */
export const REMOVE_DOCUMENTS = `WITH ${NEW_STATE_TOKEN} DELETE FROM "search_document" WHERE "id" = ANY($1::text[])`

/** Removes every document whose id is not in $1. */
export const RETAIN_DOCUMENTS = `WITH ${NEW_STATE_TOKEN} DELETE FROM "search_document" WHERE NOT ("id" = ANY($1::text[]))`

/** The index's current state token. */
export const STATE_TOKEN = `SELECT "token" FROM "search_state"`
