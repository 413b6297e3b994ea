import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123170209 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order" drop constraint if exists "cooperative_order_payment_method_check";`);

    this.addSql(`alter table if exists "cooperative_order" add constraint "cooperative_order_payment_method_check" check("payment_method" in ('cash_on_delivery', 'vietqr', 'card'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order" drop constraint if exists "cooperative_order_payment_method_check";`);

    this.addSql(`alter table if exists "cooperative_order" add constraint "cooperative_order_payment_method_check" check("payment_method" in ('cash_on_delivery', 'vietqr'));`);
  }

}
