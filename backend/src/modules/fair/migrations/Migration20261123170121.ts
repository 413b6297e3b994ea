import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123170121 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "trade_lead" ("id" text not null, "fair_id" text null, "booth_code" text null, "product_title" text null, "quantity" text not null, "target_market" text not null, "company" text not null, "contact_name" text not null, "email" text not null, "phone" text null, "message" text not null, "status" text check ("status" in ('new', 'answered')) not null default 'new', "answer" text null, "answered_at" timestamptz null, "ip_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_lead_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_lead_deleted_at" ON "trade_lead" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_lead_fair_id_created_at" ON "trade_lead" ("fair_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_lead_ip_hash_created_at" ON "trade_lead" ("ip_hash", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trade_lead_email_created_at" ON "trade_lead" ("email", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trade_lead" cascade;`);
  }

}
