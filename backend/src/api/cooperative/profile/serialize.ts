/** Fields a cooperative sees of its own profile (everything it can edit, plus its status). */
export const PROFILE_FIELDS = [
  "id", "handle", "status", "status_reason", "name", "short_name", "kind", "registration_number", "founded_on",
  "legal_representative", "phone", "email", "street", "commune", "province", "member_count", "sectors",
  "description_vi", "description_en", "logo_url", "banner_url", "bank_bin", "bank_account_number", "bank_account_holder",
] as const

/** Picks the profile fields of a cooperative record; the founding date as YYYY-MM-DD in Việt Nam. */
export function toProfile(record: object) {
  const source = record as Record<string, unknown>
  const profile = Object.fromEntries(PROFILE_FIELDS.map((key) => [key, source[key] ?? null]))
  const founded = source.founded_on
  profile.founded_on = founded ? new Date(new Date(founded as string).getTime() + 7 * 3600_000).toISOString().slice(0, 10) : null
  return profile
}
