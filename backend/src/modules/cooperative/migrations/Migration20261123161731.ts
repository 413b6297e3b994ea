import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123161731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order" add column if not exists "payment_method" text check ("payment_method" in ('cash_on_delivery', 'vietqr')) not null default 'cash_on_delivery', add column if not exists "paid_at" timestamptz null, add column if not exists "transfer_bank_bin" text null, add column if not exists "transfer_account_number" text null, add column if not exists "transfer_account_holder" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order" drop column if exists "payment_method", drop column if exists "paid_at", drop column if exists "transfer_bank_bin", drop column if exists "transfer_account_number", drop column if exists "transfer_account_holder";`);
  }

}
