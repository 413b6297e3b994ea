import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123023746 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cooperative_status_change" ("id" text not null, "from_status" text check ("from_status" in ('pending', 'approved', 'rejected', 'suspended')) null, "to_status" text check ("to_status" in ('pending', 'approved', 'rejected', 'suspended')) not null, "reason" text null, "actor_type" text check ("actor_type" in ('user', 'cooperative', 'system')) not null, "actor_id" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status_change_cooperative_id" ON "cooperative_status_change" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status_change_deleted_at" ON "cooperative_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status_change_cooperative_id_created_at" ON "cooperative_status_change" ("cooperative_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_status_change" add constraint "cooperative_status_change_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);

    this.addSql(`alter table if exists "cooperative" add column if not exists "logo_url" text null, add column if not exists "banner_url" text null, add column if not exists "bank_bin" text null, add column if not exists "bank_account_number" text null, add column if not exists "bank_account_holder" text null, add column if not exists "status_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_status_change" cascade;`);

    this.addSql(`alter table if exists "cooperative" drop column if exists "logo_url", drop column if exists "banner_url", drop column if exists "bank_bin", drop column if exists "bank_account_number", drop column if exists "bank_account_holder", drop column if exists "status_reason";`);
  }

}
