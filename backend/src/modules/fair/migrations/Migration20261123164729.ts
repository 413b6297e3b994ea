import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123164729 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "booth" drop constraint if exists "booth_fair_id_code_unique";`);
    this.addSql(`alter table if exists "fair" drop constraint if exists "fair_slug_unique";`);
    this.addSql(`create table if not exists "fair" ("id" text not null, "slug" text not null, "name_vi" text not null, "name_en" text not null, "description_vi" text not null default '', "description_en" text not null default '', "kind" text check ("kind" in ('online', 'venue', 'both')) not null, "venue_name" text null, "venue_address" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "application_deadline" timestamptz null, "banner_url" text null, "organiser" text not null, "status" text check ("status" in ('draft', 'open', 'published', 'archived')) not null default 'draft', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fair_slug_unique" ON "fair" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_deleted_at" ON "fair" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_status_starts_at" ON "fair" ("status", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booth" ("id" text not null, "code" text null, "status" text check ("status" in ('invited', 'applied', 'approved', 'rejected')) not null, "reject_reason" text null, "fair_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booth_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_fair_id" ON "booth" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_deleted_at" ON "booth" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booth_fair_id_code_unique" ON "booth" ("fair_id", "code") WHERE code IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booth_product" ("id" text not null, "fair_price" numeric not null, "booth_id" text not null, "raw_fair_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booth_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_product_booth_id" ON "booth_product" ("booth_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_product_deleted_at" ON "booth_product" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "booth" add constraint "booth_fair_id_foreign" foreign key ("fair_id") references "fair" ("id") on update cascade;`);

    this.addSql(`alter table if exists "booth_product" add constraint "booth_product_booth_id_foreign" foreign key ("booth_id") references "booth" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booth" drop constraint if exists "booth_fair_id_foreign";`);

    this.addSql(`alter table if exists "booth_product" drop constraint if exists "booth_product_booth_id_foreign";`);

    this.addSql(`drop table if exists "fair" cascade;`);

    this.addSql(`drop table if exists "booth" cascade;`);

    this.addSql(`drop table if exists "booth_product" cascade;`);
  }

}
