/** Trade item fields the seller's lot list filters on (product and search text). */
export const LOT_LIST_TRADE_ITEM_FIELDS = [
  "trade_items.id",
  "trade_items.gtin",
  "trade_items.product_variant.title",
  "trade_items.product_variant.product.id",
  "trade_items.product_variant.product.title",
]

/** Lot fields the seller's lot list filters and sorts on before loading a page in full. */
export const LOT_LIST_FIELDS = ["id", "lot_code", "trade_item_id", "created_at"]
