import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "search_document" ("id" text not null, "kind" text check ("kind" in ('product', 'cooperative', 'category')) not null, "document" jsonb not null, "category" text[] not null, "product_set" text null, "ocop_stars" integer null, "province" text null, "commune" text null, "cooperative" text null, "certifications" text[] not null, "price_vnd" integer null, "in_stock" boolean not null default false, "listed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_kind_listed_at" ON "search_document" ("kind", "listed_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_kind_price_vnd" ON "search_document" ("kind", "price_vnd") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "search_reindex_run" ("id" text not null, "provider" text not null, "status" text check ("status" in ('running', 'done', 'failed')) not null default 'running', "total" integer not null default 0, "indexed" integer not null default 0, "error" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_reindex_run_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_reindex_run_deleted_at" ON "search_reindex_run" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_reindex_run_started_at" ON "search_reindex_run" ("started_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "search_term" ("term" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_term_pkey" primary key ("term"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_term_deleted_at" ON "search_term" ("deleted_at") WHERE deleted_at IS NULL;`)

    // Written by hand: what the data model language cannot express.
    // unaccent folds Vietnamese diacritics (đ → d too).
    this.addSql(`CREATE EXTENSION IF NOT EXISTS "unaccent";`)
    // unaccent() is only STABLE (its dictionary could change); naming the dictionary makes folding safe to index.
    this.addSql(`CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC))) $$;`)
    this.addSql(`alter table if exists "search_document" add column if not exists "search_vector" tsvector not null default ''::tsvector;`)
    // The titles' words alone and the first word of the Vietnamese title, for ranking.
    this.addSql(`alter table if exists "search_document" add column if not exists "title_vector" tsvector not null default ''::tsvector;`)
    this.addSql(`alter table if exists "search_document" add column if not exists "title_start" text not null default '';`)
    // A new random token with every write to the index, in the same statement: an answer kept under another token
    // is stale, in every server instance. (Random rather than a counter, so a restored database cannot reuse one.)
    this.addSql(`create table if not exists "search_state" ("id" boolean not null default true, "token" text not null, constraint "search_state_pkey" primary key ("id"), constraint "search_state_one_row" check ("id"));`)
    this.addSql(`insert into "search_state" ("id", "token") values (true, gen_random_uuid()::text) on conflict do nothing;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_search_vector" ON "search_document" USING GIN ("search_vector");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_category" ON "search_document" USING GIN ("category");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_certifications" ON "search_document" USING GIN ("certifications");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`)
    this.addSql(`drop table if exists "search_reindex_run" cascade;`)
    this.addSql(`drop table if exists "search_term" cascade;`)
    this.addSql(`drop function if exists search_fold(text);`)
    this.addSql(`drop table if exists "search_state";`)
  }
}
