import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123071931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "status" text check ("status" in ('submitted', 'verified', 'rejected', 'revoked', 'expired')) not null default 'submitted', "stars" integer not null, "potential_five_star" boolean not null default false, "product_set" integer not null, "issuing_authority" text not null, "decision_number" text not null, "issued_on" text not null, "expires_on" text not null, "document_url" text not null, "status_reason" text null, "reviewed_at" timestamptz null, "reviewed_by" text null, "warned_60_days_at" timestamptz null, "warned_7_days_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_expires_on" ON "ocop_certificate" ("status", "expires_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number" ON "ocop_certificate" ("decision_number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate_status_change" ("id" text not null, "from_status" text check ("from_status" in ('submitted', 'verified', 'rejected', 'revoked', 'expired')) null, "to_status" text check ("to_status" in ('submitted', 'verified', 'rejected', 'revoked', 'expired')) not null, "reason" text null, "actor_type" text check ("actor_type" in ('user', 'seller', 'system')) not null, "actor_id" text null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_change_certificate_id" ON "ocop_certificate_status_change" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_change_deleted_at" ON "ocop_certificate_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_change_certificate_id_created_at" ON "ocop_certificate_status_change" ("certificate_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_certificate_status_change" add constraint "ocop_certificate_status_change_certificate_id_foreign" foreign key ("certificate_id") references "ocop_certificate" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate_status_change" drop constraint if exists "ocop_certificate_status_change_certificate_id_foreign";`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate_status_change" cascade;`);
  }

}
