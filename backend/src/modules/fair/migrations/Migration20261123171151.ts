import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123171151 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "fair_sale" drop constraint if exists "fair_sale_order_id_unique";`);
    this.addSql(`create table if not exists "fair_sale" ("id" text not null, "fair_id" text not null, "booth_code" text null, "order_id" text not null, "currency_code" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fair_sale_order_id_unique" ON "fair_sale" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_sale_deleted_at" ON "fair_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_sale_fair_id_created_at" ON "fair_sale" ("fair_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fair_visit" ("id" text not null, "fair_id" text not null, "booth_code" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_visit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_visit_deleted_at" ON "fair_visit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_visit_fair_id_created_at" ON "fair_visit" ("fair_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fair_sale" cascade;`);

    this.addSql(`drop table if exists "fair_visit" cascade;`);
  }

}
