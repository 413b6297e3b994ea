import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123072220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_sequence_unique";`);
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_event_id_unique";`);
    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_trade_item_id_lot_code_unique";`);
    this.addSql(`alter table if exists "trade_item" drop constraint if exists "trade_item_gtin_unique";`);
    this.addSql(`create table if not exists "trade_item" ("id" text not null, "gtin" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_item_gtin_unique" ON "trade_item" ("gtin") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_item_deleted_at" ON "trade_item" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lot" ("id" text not null, "lot_code" text not null, "produced_on" text not null, "expires_on" text null, "quantity" integer not null, "unit" text not null, "origin_name" text not null, "origin_commune" text not null, "origin_province" text not null, "origin_latitude_e6" integer null, "origin_longitude_e6" integer null, "event_count" integer not null default 0, "head_hash" text null, "trade_item_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_trade_item_id" ON "lot" ("trade_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_deleted_at" ON "lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lot_trade_item_id_lot_code_unique" ON "lot" ("trade_item_id", "lot_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_produced_on" ON "lot" ("produced_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_event" ("id" text not null, "sequence" integer not null, "event_id" text not null, "kind" text check ("kind" in ('harvest', 'inspection', 'processing', 'packing', 'storing', 'shipping', 'receiving', 'retail')) not null, "type" text check ("type" in ('ObjectEvent', 'TransformationEvent')) not null, "action" text null, "biz_step" text not null, "disposition" text not null, "event_time" timestamptz not null, "place_name" text null, "latitude_e6" integer null, "longitude_e6" integer null, "note" text null, "photos" jsonb not null, "corrects_event_id" text null, "correction_reason" text null, "recorded_by" text not null, "recorded_at" timestamptz not null, "prev_hash" text null, "hash" text not null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_event_id_unique" ON "trace_event" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_lot_id" ON "trace_event" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_lot_id_sequence_unique" ON "trace_event" ("lot_id", "sequence") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lot_certification" ("id" text not null, "kind" text check ("kind" in ('vietgap', 'globalgap', 'organic_vn', 'organic_eu', 'organic_usda', 'haccp', 'iso22000', 'other')) not null, "name" text null, "issuer" text null, "number" text null, "valid_until" text null, "document_url" text null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_certification_lot_id" ON "lot_certification" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_certification_deleted_at" ON "lot_certification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lot" add constraint "lot_trade_item_id_foreign" foreign key ("trade_item_id") references "trade_item" ("id") on update cascade;`);

    this.addSql(`alter table if exists "trace_event" add constraint "trace_event_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade;`);

    this.addSql(`alter table if exists "lot_certification" add constraint "lot_certification_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "lot" drop constraint if exists "lot_trade_item_id_foreign";`);

    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_foreign";`);

    this.addSql(`alter table if exists "lot_certification" drop constraint if exists "lot_certification_lot_id_foreign";`);

    this.addSql(`drop table if exists "trade_item" cascade;`);

    this.addSql(`drop table if exists "lot" cascade;`);

    this.addSql(`drop table if exists "trace_event" cascade;`);

    this.addSql(`drop table if exists "lot_certification" cascade;`);
  }

}
