/** What a shopper sees of a trade item: the product, the variant and its producer. */
export const STORE_TRADE_ITEM_FIELDS = [
  "id",
  "gtin",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.title",
  "product_variant.product.handle",
  "product_variant.product.thumbnail",
  ...["id", "name", "short_name", "handle", "street", "commune", "province", "phone", "registration_number", "status"].map((f) => `cooperative.${f}`),
]

/** Lot fields of a trade item's lot list. */
export const STORE_LOT_LIST_FIELDS = ["id", "lot_code", "produced_on", "expires_on", "created_at"]
