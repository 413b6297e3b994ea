import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123012258 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_email_cooperative_id_unique";`);
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`);
    this.addSql(`create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "short_name" text not null, "kind" text check ("kind" in ('cooperative', 'cooperative_group', 'cooperative_union')) not null default 'cooperative', "registration_number" text not null, "founded_on" timestamptz null, "legal_representative" text not null, "phone" text not null, "email" text not null, "street" text not null, "commune" text not null, "province" text not null, "member_count" integer not null default 0, "sectors" text[] not null, "description_vi" text not null default '', "description_en" text not null default '', "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status" ON "cooperative" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_commune" ON "cooperative" ("commune") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_member" ("id" text not null, "email" text not null, "full_name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_cooperative_id" ON "cooperative_member" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_deleted_at" ON "cooperative_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_member_email_cooperative_id_unique" ON "cooperative_member" ("email", "cooperative_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_member" add constraint "cooperative_member_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_cooperative_id_foreign";`);

    this.addSql(`drop table if exists "cooperative" cascade;`);

    this.addSql(`drop table if exists "cooperative_member" cascade;`);
  }

}
