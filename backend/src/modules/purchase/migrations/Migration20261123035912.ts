import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123035912 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "purchase" drop constraint if exists "purchase_cart_id_unique";`);
    this.addSql(`create table if not exists "purchase" ("id" text not null, "cart_id" text not null, "email" text not null, "customer_id" text null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_cart_id_unique" ON "purchase" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_deleted_at" ON "purchase" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "purchase" cascade;`);
  }

}
