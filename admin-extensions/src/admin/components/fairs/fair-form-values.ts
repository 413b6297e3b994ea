import { toFairInstant, toLocalInput } from "../../lib/fair-format"
import type { Fair, FairDetails, FairKind } from "../../lib/fairs"

/** The form's own values: text as typed, times as `datetime-local` values in Việt Nam time. */
export type FairFormValues = Record<Exclude<keyof FairDetails, "kind">, string> & { kind: FairKind }

export const FAIR_FIELD_KEYS = [
  "slug",
  "name_vi",
  "name_en",
  "description_vi",
  "description_en",
  "kind",
  "venue_name",
  "venue_address",
  "starts_at",
  "ends_at",
  "application_deadline",
  "banner_url",
  "organiser",
] as const satisfies readonly (keyof FairDetails)[]

export type FairFieldKey = (typeof FAIR_FIELD_KEYS)[number]

export const emptyFairValues = (): FairFormValues => ({
  slug: "",
  name_vi: "",
  name_en: "",
  description_vi: "",
  description_en: "",
  kind: "venue",
  venue_name: "",
  venue_address: "",
  starts_at: "",
  ends_at: "",
  application_deadline: "",
  banner_url: "",
  organiser: "",
})

/** A stored fair as the edit form starts from. */
export const fairToValues = (fair: Fair): FairFormValues => ({
  slug: fair.slug,
  name_vi: fair.name_vi,
  name_en: fair.name_en,
  description_vi: fair.description_vi,
  description_en: fair.description_en,
  kind: fair.kind,
  venue_name: fair.venue_name ?? "",
  venue_address: fair.venue_address ?? "",
  starts_at: toLocalInput(fair.starts_at),
  ends_at: toLocalInput(fair.ends_at),
  application_deadline: toLocalInput(fair.application_deadline),
  banner_url: fair.banner_url ?? "",
  organiser: fair.organiser,
})

const orNull = (value: string) => (value.trim() ? value.trim() : null)

/** What the API gets; the backend checks everything, so an empty required field goes as typed and comes back explained. */
export const valuesToDetails = (v: FairFormValues): FairDetails => ({
  slug: v.slug.trim(),
  name_vi: v.name_vi,
  name_en: v.name_en,
  description_vi: v.description_vi,
  description_en: v.description_en,
  kind: v.kind,
  venue_name: orNull(v.venue_name),
  venue_address: orNull(v.venue_address),
  starts_at: toFairInstant(v.starts_at),
  ends_at: toFairInstant(v.ends_at),
  application_deadline: v.application_deadline ? toFairInstant(v.application_deadline) : null,
  banner_url: orNull(v.banner_url),
  organiser: v.organiser,
})

/** The fields a backend message names (its messages say `venue_name`, `starts_at`…), to mark them next to the error. */
export const fieldsNamedIn = (message: string): FairFieldKey[] =>
  FAIR_FIELD_KEYS.filter((key) => new RegExp(`(^|[^a-z_])${key}([^a-z_]|$)`).test(message))
