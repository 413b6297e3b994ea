import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123204612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_sales" drop constraint if exists "product_sales_order_id_product_id_unique";`);
    this.addSql(`create table if not exists "product_sales" ("id" text not null, "order_id" text not null, "product_id" text not null, "units" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_sales_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_sales_deleted_at" ON "product_sales" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_sales_product_id" ON "product_sales" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_sales_order_id_product_id_unique" ON "product_sales" ("order_id", "product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "search_document" add column if not exists "collection" text null, add column if not exists "units_sold" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_sales" cascade;`);

    this.addSql(`alter table if exists "search_document" drop column if exists "collection", drop column if exists "units_sold";`);
  }

}
