/** Cooperative fields a lot shows: the producer's identity and address, as Circular 02/2024 asks. */
export const LOT_COOPERATIVE_FIELDS = ["id", "name", "short_name", "handle", "street", "commune", "province", "phone", "registration_number", "status"].map(
  (f) => `trade_item.cooperative.${f}`
)

/** Product and variant fields a lot shows. */
export const LOT_PRODUCT_FIELDS = [
  "trade_item.id",
  "trade_item.gtin",
  "trade_item.product_variant.id",
  "trade_item.product_variant.title",
  "trade_item.product_variant.sku",
  "trade_item.product_variant.product.id",
  "trade_item.product_variant.product.title",
  "trade_item.product_variant.product.handle",
  "trade_item.product_variant.product.thumbnail",
]

/** The lot's own fields. */
export const LOT_OWN_FIELDS = [
  "id", "lot_code", "produced_on", "expires_on", "quantity", "unit",
  "origin_name", "origin_commune", "origin_province", "origin_latitude_e6", "origin_longitude_e6",
  "event_count", "head_hash", "created_at",
]

/** Event fields: all of them, since the chain is verified over what was recorded. */
export const LOT_EVENT_FIELDS = [
  "events.id", "events.lot_id", "events.sequence", "events.event_id", "events.kind", "events.type", "events.action", "events.biz_step", "events.disposition",
  "events.event_time", "events.place_name", "events.latitude_e6", "events.longitude_e6", "events.note", "events.photos",
  "events.corrects_event_id", "events.correction_reason", "events.recorded_by", "events.recorded_at", "events.prev_hash", "events.hash",
]

/** Everything the Lot JSON of the seller and store APIs is made of. */
export const LOT_DETAIL_FIELDS = [
  ...LOT_OWN_FIELDS,
  ...LOT_EVENT_FIELDS,
  "certifications.id", "certifications.kind", "certifications.name", "certifications.issuer", "certifications.number", "certifications.valid_until", "certifications.document_url",
  ...LOT_PRODUCT_FIELDS,
  ...LOT_COOPERATIVE_FIELDS,
]

/** A row of a lot list: no certifications; events only to verify the chain. */
export const LOT_SUMMARY_FIELDS = [...LOT_OWN_FIELDS, ...LOT_EVENT_FIELDS, ...LOT_PRODUCT_FIELDS, ...LOT_COOPERATIVE_FIELDS]
