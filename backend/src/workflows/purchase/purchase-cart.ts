import type { BigNumberInput } from "@medusajs/framework/types"

/** A cart line as placing a purchase reads it (see `CART_FIELDS_FOR_PURCHASE`). */
export type PurchaseCartItem = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  quantity: BigNumberInput
  product_id?: string | null
  product_title?: string | null
  product_description?: string | null
  product_subtitle?: string | null
  product_type?: string | null
  product_collection?: string | null
  product_handle?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  variant_barcode?: string | null
  variant_title?: string | null
  variant_option_values?: Record<string, unknown> | null
  requires_shipping?: boolean
  is_discountable?: boolean
  is_tax_inclusive?: boolean
  compare_at_unit_price?: BigNumberInput | null
  unit_price: BigNumberInput
  metadata?: Record<string, unknown> | null
  tax_lines?: TaxLine[] | null
  adjustments?: Adjustment[] | null
  variant?: {
    id: string
    manage_inventory?: boolean
    allow_backorder?: boolean
    product?: { id: string; shipping_profile?: { id: string } | null } | null
    inventory_items?: {
      inventory_item_id: string
      required_quantity: BigNumberInput
      inventory?: { location_levels?: { location_id: string; stocked_quantity?: BigNumberInput; reserved_quantity?: BigNumberInput; raw_stocked_quantity?: BigNumberInput; raw_reserved_quantity?: BigNumberInput }[] | null } | null
    }[] | null
  } | null
}

export type TaxLine = { description?: string | null; tax_rate_id?: string | null; code: string; rate: BigNumberInput; provider_id?: string | null; metadata?: Record<string, unknown> | null }
export type Adjustment = { code?: string | null; amount: BigNumberInput; description?: string | null; promotion_id?: string | null; provider_id?: string | null }
export type Address = Record<string, unknown> & { id?: string }

/** A cart's shipping method, as the completion reads it. */
export type PurchaseShippingMethod = {
  id: string
  name: string
  description?: string | null
  amount: BigNumberInput
  raw_amount?: BigNumberInput
  is_tax_inclusive?: boolean
  shipping_option_id?: string | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  tax_lines?: TaxLine[] | null
  adjustments?: Adjustment[] | null
}

/** A cart as the completion reads it. */
export type PurchaseCart = {
  id: string
  email?: string | null
  currency_code: string
  locale?: string | null
  sales_channel_id?: string | null
  region_id?: string | null
  completed_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  region?: { id: string } | null
  customer?: { id: string } | null
  shipping_address?: Address | null
  billing_address?: Address | null
  items?: PurchaseCartItem[] | null
  shipping_methods?: PurchaseShippingMethod[] | null
  credit_lines?: unknown[] | null
  promotions?: { id: string; code?: string | null }[] | null
}

/** A cooperative's own bank account, where VietQR transfers for its orders go. */
export type BankAccount = { bank_bin?: string | null; bank_account_number?: string | null; bank_account_holder?: string | null }

/** The selling cooperative of a product, with where its stock is and its bank account. */
export type ProductCooperative = {
  id: string
  cooperative?: ({ id: string; handle: string; name: string; status: string; stock_location?: { id: string } | null } & BankAccount) | null
}

/** One cooperative's share of a cart: it becomes one order. */
export type CooperativeShare = {
  cooperative: { id: string; handle: string; name: string } & BankAccount
  location_id: string
  item_ids: string[]
  shipping_method_ids: string[]
}


/** Cart fields that placing a purchase reads: totals for the payment check, lines with their stock, methods, addresses. */
export const CART_FIELDS_FOR_PURCHASE = [
  "id",
  "email",
  "currency_code",
  "locale",
  "metadata",
  "completed_at",
  "sales_channel_id",
  "region_id",
  "total",
  "credit_line_total",
  "region.id",
  "customer.id",
  "shipping_address.*",
  "billing_address.*",
  "credit_lines.id",
  "promotions.id",
  "promotions.code",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.variant.id",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.product.id",
  "items.variant.product.shipping_profile.id",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
  "items.variant.inventory_items.inventory.location_levels.raw_stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.raw_reserved_quantity",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "payment_collection.id",
  "payment_collection.payment_sessions.*",
]
