/** A certificate's own fields and its products, as a cooperative sees it. */
export const OCOP_CERTIFICATE_FIELDS = [
  "id",
  "status",
  "stars",
  "potential_five_star",
  "product_set",
  "issuing_authority",
  "decision_number",
  "issued_on",
  "expires_on",
  "document_url",
  "status_reason",
  "reviewed_at",
  "created_at",
  "products.id",
  "products.title",
  "products.handle",
  "products.thumbnail",
  "cooperative.id",
]

/** Operators also see which cooperative holds it. */
export const ADMIN_OCOP_CERTIFICATE_FIELDS = [...OCOP_CERTIFICATE_FIELDS, "cooperative.name", "cooperative.handle"]

/** A detail adds the status history. */
export const OCOP_CERTIFICATE_HISTORY_FIELDS = [
  "status_changes.from_status",
  "status_changes.to_status",
  "status_changes.reason",
  "status_changes.actor_type",
  "status_changes.created_at",
]
