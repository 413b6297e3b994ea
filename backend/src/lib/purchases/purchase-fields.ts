import { SHIPMENT_FIELDS } from "../../workflows/cooperative-order/shipments"

/** What a shopper sees of a purchase: its orders, each with its cooperative, lines, totals, state, payment and shipments. */
export const STORE_PURCHASE_FIELDS = [
  "id",
  "created_at",
  "email",
  "currency_code",
  "orders.id",
  "orders.display_id",
  "orders.item_total",
  "orders.shipping_total",
  "orders.total",
  "orders.items.title",
  "orders.items.variant_title",
  "orders.items.quantity",
  "orders.items.unit_price",
  "orders.items.total",
  "orders.items.thumbnail",
  "orders.cooperative_order.state",
  "orders.cooperative_order.payment_method",
  "orders.cooperative_order.paid_at",
  "orders.cooperative_order.transfer_bank_bin",
  "orders.cooperative_order.transfer_account_number",
  "orders.cooperative_order.transfer_account_holder",
  "orders.cooperative_order.cooperative.handle",
  "orders.cooperative_order.cooperative.name",
  ...SHIPMENT_FIELDS.map((f) => `orders.${f}`),
]
