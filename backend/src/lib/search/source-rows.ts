/** What the transformer reads of a product through query.graph (see PRODUCT_SOURCE_FIELDS). */
export type ProductSourceRow = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  created_at: string | Date
  metadata?: Record<string, unknown> | null
  collection?: { handle: string } | null
  categories?: ({ id: string; handle: string; name: string; metadata?: Record<string, unknown> | null } | null)[] | null
  cooperative?: CooperativeSourceRow | null
  ocop_certificates?: ({ status: string; stars: number; potential_five_star: boolean; product_set: number; expires_on: string } | null)[] | null
  variants?: (VariantSourceRow | null)[] | null
}

export type VariantSourceRow = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  /** A price with rules (a region's, a customer group's) or from a price list (a sale, a fair) is not the product's plain price. */
  prices?: ({ amount: number | string; currency_code: string; rules_count?: number | null; price_list_id?: string | null } | null)[] | null
  inventory_items?: ({ inventory?: { location_levels?: ({ stocked_quantity: number | string; reserved_quantity: number | string } | null)[] | null } | null } | null)[] | null
  trade_item?: { lots?: ({ certifications?: ({ kind: string } | null)[] | null } | null)[] | null } | null
}

export type CooperativeSourceRow = {
  id: string
  handle: string
  name: string
  short_name?: string | null
  status: string
  province?: string | null
  commune?: string | null
  logo_url?: string | null
  description_vi?: string | null
  description_en?: string | null
  created_at?: string | Date
}

export type CategorySourceRow = {
  id: string
  handle: string
  name: string
  description?: string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
  created_at?: string | Date
}

/** The query.graph fields the product transformer needs. */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "metadata",
  "collection.handle",
  "categories.id",
  "categories.handle",
  "categories.name",
  "categories.metadata",
  "cooperative.id",
  "cooperative.handle",
  "cooperative.name",
  "cooperative.short_name",
  "cooperative.status",
  "cooperative.province",
  "cooperative.commune",
  "ocop_certificates.status",
  "ocop_certificates.stars",
  "ocop_certificates.potential_five_star",
  "ocop_certificates.product_set",
  "ocop_certificates.expires_on",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.price_list_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "variants.trade_item.lots.certifications.kind",
]

export const COOPERATIVE_SOURCE_FIELDS = ["id", "handle", "name", "short_name", "status", "province", "commune", "logo_url", "description_vi", "description_en", "created_at"]

export const CATEGORY_SOURCE_FIELDS = ["id", "handle", "name", "description", "is_active", "metadata", "created_at"]
