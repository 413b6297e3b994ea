import { STORE_COOPERATIVE_FIELDS } from "../../store/cooperatives/query-config"

/** What operators see of a cooperative in lists: the public identity plus bank details, status and dates. */
export const ADMIN_COOPERATIVE_FIELDS = [
  ...STORE_COOPERATIVE_FIELDS,
  "founded_on",
  "logo_url",
  "banner_url",
  "bank_bin",
  "bank_account_number",
  "bank_account_holder",
  "status",
  "status_reason",
  "created_at",
  "updated_at",
]

/** The detail adds the people and the status history. */
export const ADMIN_COOPERATIVE_DETAIL_FIELDS = [
  ...ADMIN_COOPERATIVE_FIELDS,
  "members.id",
  "members.email",
  "members.full_name",
  "members.role",
  "status_changes.id",
  "status_changes.from_status",
  "status_changes.to_status",
  "status_changes.reason",
  "status_changes.actor_type",
  "status_changes.actor_id",
  "status_changes.created_at",
]
