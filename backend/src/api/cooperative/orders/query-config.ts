import { SHIPMENT_FIELDS } from "../../../workflows/cooperative-order/shipments"

/** Order fields behind an OrderSummary of the seller API. */
export const COOPERATIVE_ORDER_SUMMARY_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "currency_code",
  "total",
  "items.quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "customer.first_name",
  "customer.last_name",
  "purchase.id",
  "cooperative_order.id",
  "cooperative_order.state",
  "cooperative_order.cooperative_id",
  "cooperative_order.confirmed_at",
  "cooperative_order.cancel_reason",
  "cooperative_order.payment_method",
  "cooperative_order.paid_at",
]

/** Order fields behind the seller API's order detail. */
export const COOPERATIVE_ORDER_DETAIL_FIELDS = [
  ...COOPERATIVE_ORDER_SUMMARY_FIELDS,
  "item_subtotal",
  "shipping_total",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.phone",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.unit_price",
  "items.total",
  "items.thumbnail",
  "shipping_methods.name",
  "shipping_methods.amount",
  ...SHIPMENT_FIELDS,
]

/** Which cooperative order states each `status` filter of the list shows. */
export const STATES_BY_STATUS = {
  to_handle: ["new", "confirmed"],
  shipped: ["shipped", "delivered"],
  canceled: ["canceled"],
  all: undefined,
} as const
