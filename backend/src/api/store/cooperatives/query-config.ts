/** The public fields of a cooperative: identity the law asks marketplaces to show, nothing internal. */
export const STORE_COOPERATIVE_FIELDS = [
  "id",
  "handle",
  "name",
  "short_name",
  "kind",
  "registration_number",
  "legal_representative",
  "phone",
  "email",
  "street",
  "commune",
  "province",
  "member_count",
  "sectors",
  "description_vi",
  "description_en",
]

/** What the directory and a cooperative's page show: the public identity plus founding date and pictures. */
export const STORE_COOPERATIVE_PROFILE_FIELDS = [...STORE_COOPERATIVE_FIELDS, "founded_on", "logo_url", "banner_url"]
