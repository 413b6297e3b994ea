import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123035907 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_email_unique";`);
    this.addSql(`create table if not exists "cooperative_order" ("id" text not null, "state" text check ("state" in ('new', 'confirmed', 'shipped', 'delivered', 'canceled')) not null default 'new', "confirmed_at" timestamptz null, "shipped_at" timestamptz null, "canceled_at" timestamptz null, "cancel_reason" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_cooperative_id" ON "cooperative_order" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_deleted_at" ON "cooperative_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_cooperative_id_state_created_at" ON "cooperative_order" ("cooperative_id", "state", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller" ("id" text not null, "email" text not null, "full_name" text not null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_email_unique" ON "seller" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_order" add constraint "cooperative_order_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);

    this.addSql(`alter table if exists "cooperative_status_change" drop constraint if exists "cooperative_status_change_actor_type_check";`);
    // Cooperative users became the "seller" actor; earlier history rows follow.
    this.addSql(`update "cooperative_status_change" set "actor_type" = 'seller' where "actor_type" = 'cooperative';`);

    this.addSql(`alter table if exists "cooperative_status_change" add constraint "cooperative_status_change_actor_type_check" check("actor_type" in ('user', 'seller', 'system'));`);

    this.addSql(`alter table if exists "cooperative_member" add column if not exists "status" text check ("status" in ('invited', 'active')) not null default 'active', add column if not exists "invite_token_hash" text null, add column if not exists "invite_expires_at" timestamptz null, add column if not exists "seller_id" text null;`);
    this.addSql(`alter table if exists "cooperative_member" alter column "full_name" type text using ("full_name"::text);`);
    this.addSql(`alter table if exists "cooperative_member" alter column "full_name" drop not null;`);
    this.addSql(`alter table if exists "cooperative_member" add constraint "cooperative_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete set null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_seller_id" ON "cooperative_member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_member_invite_token_hash_unique" ON "cooperative_member" ("invite_token_hash") WHERE invite_token_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_seller_id_foreign";`);

    this.addSql(`drop table if exists "cooperative_order" cascade;`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`alter table if exists "cooperative_status_change" drop constraint if exists "cooperative_status_change_actor_type_check";`);

    this.addSql(`drop index if exists "IDX_cooperative_member_seller_id";`);
    this.addSql(`drop index if exists "IDX_cooperative_member_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "cooperative_member" drop column if exists "status", drop column if exists "invite_token_hash", drop column if exists "invite_expires_at", drop column if exists "seller_id";`);

    this.addSql(`alter table if exists "cooperative_member" alter column "full_name" type text using ("full_name"::text);`);
    this.addSql(`alter table if exists "cooperative_member" alter column "full_name" set not null;`);

    this.addSql(`alter table if exists "cooperative_status_change" add constraint "cooperative_status_change_actor_type_check" check("actor_type" in ('user', 'cooperative', 'system'));`);
  }

}
