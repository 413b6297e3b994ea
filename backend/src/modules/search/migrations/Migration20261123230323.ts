import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123230323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "search_document" add column if not exists "facet_group" integer null;`);

    // Written by hand: what the data model language cannot express.
    // Each distinct combination of facet values, once: a search counts its matches per group (one small integer per
    // document), then spreads the group counts over the facet values, instead of reading every facet of every match.
    this.addSql(`create table if not exists "search_facet_group" ("id" serial not null, "key" text not null, "category" text[] not null, "product_set" text null, "ocop_stars" integer null, "province" text null, "commune" text null, "cooperative" text null, "certifications" text[] not null, "in_stock" boolean not null, constraint "search_facet_group_pkey" primary key ("id"), constraint "search_facet_group_key_unique" unique ("key"));`)
    this.addSql(`CREATE OR REPLACE FUNCTION search_facet_key(text[], text, integer, text, text, text, text[], boolean) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT json_build_array($1, $2, $3, $4, $5, $6, $7, $8)::text $$;`)
    // Documents indexed before get their group here.
    this.addSql(`insert into "search_facet_group" ("key", "category", "product_set", "ocop_stars", "province", "commune", "cooperative", "certifications", "in_stock")
      select distinct search_facet_key("category", "product_set", "ocop_stars", "province", "commune", "cooperative", "certifications", "in_stock"),
        "category", "product_set", "ocop_stars", "province", "commune", "cooperative", "certifications", "in_stock"
      from "search_document" on conflict ("key") do nothing;`)
    this.addSql(`update "search_document" as "d" set "facet_group" = "g"."id" from "search_facet_group" as "g"
      where "d"."facet_group" is null and "g"."key" = search_facet_key("d"."category", "d"."product_set", "d"."ocop_stars", "d"."province", "d"."commune", "d"."cooperative", "d"."certifications", "d"."in_stock");`)
    // The synonym phrases whose lexeme every document has (written by a full reindex): a search for one of them asks
    // the index for the lexeme alone; for any other phrase it also checks the words' positions.
    this.addSql(`alter table if exists "search_state" add column if not exists "phrases" text[] not null default '{}';`)
    // Narrow rows: the document and its full word vector (kilobytes each) go to the TOAST table once a row passes
    // 512 bytes, so a search that matches half the catalogue reads a few thousand pages, not tens of thousands. The
    // title vector, read for ranking every match, stays in the row. Each row is written anew here (a fresh document
    // and vector, which PostgreSQL then moves out), since a reindex leaves unchanged documents where they are.
    this.addSql(`alter table if exists "search_document" set (toast_tuple_target = 512);`)
    this.addSql(`alter table if exists "search_document" alter column "title_vector" set storage main;`)
    this.addSql(`update "search_document" set "document" = ("document"::text)::jsonb, "search_vector" = "search_vector" || ''::tsvector;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "search_document" alter column "title_vector" set storage extended;`)
    this.addSql(`alter table if exists "search_document" reset (toast_tuple_target);`)
    this.addSql(`alter table if exists "search_state" drop column if exists "phrases";`)
    this.addSql(`drop table if exists "search_facet_group";`)
    this.addSql(`drop function if exists search_facet_key(text[], text, integer, text, text, text, text[], boolean);`)
    this.addSql(`alter table if exists "search_document" drop column if exists "facet_group";`);
  }

}
