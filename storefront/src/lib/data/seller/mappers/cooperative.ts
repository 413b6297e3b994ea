import { z } from "zod"
import { findCommune } from "../../../util/communes"
import { isProvince } from "../../../util/provinces"
import type { CooperativeFormValues, CooperativeKind, CooperativeProfileView } from "../views"
import { list, oneOf, optionalNumber, optionalString, parseResponse, textOrNull } from "./schema"

const KINDS = ["cooperative", "cooperative_group", "cooperative_union"] as const

/** `GET /cooperative/profile` → `cooperative`. */
export const cooperativeSchema = z.object({
  id: z.string(),
  handle: optionalString,
  name: z.string(),
  short_name: optionalString,
  kind: oneOf(KINDS, "cooperative"),
  registration_number: optionalString,
  founded_on: optionalString,
  legal_representative: optionalString,
  phone: optionalString,
  email: optionalString,
  street: optionalString,
  commune: optionalString,
  province: optionalString,
  member_count: optionalNumber,
  sectors: list(z.string()),
  description_vi: optionalString,
  description_en: optionalString,
  bank_bin: optionalString,
  bank_account_number: optionalString,
  bank_account_holder: optionalString,
  logo_url: optionalString,
  banner_url: optionalString,
  status: oneOf(["pending", "approved", "rejected", "suspended"], "pending"),
  status_reason: optionalString,
})

// The backend stores a founding date as midnight in Việt Nam, so the calendar day is read there.
const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" })

/** A stored date or timestamp as the `YYYY-MM-DD` an `<input type="date">` takes; "" when there is none. */
export function toDateInput(value: string | null | undefined): string {
  if (!value) return ""
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const time = Date.parse(value)
  return Number.isNaN(time) ? "" : VIETNAM_DAY.format(time)
}

/** Maps the active cooperative's profile to the form's values. */
export function toCooperativeProfileView(data: unknown): CooperativeProfileView {
  const { cooperative: c } = parseResponse(z.object({ cooperative: cooperativeSchema }), data, "GET /cooperative/profile")
  return {
    id: c.id,
    handle: textOrNull(c.handle),
    status: c.status,
    statusReason: textOrNull(c.status_reason),
    values: {
      name: c.name,
      shortName: c.short_name ?? "",
      kind: c.kind,
      registrationNumber: c.registration_number ?? "",
      foundedOn: toDateInput(c.founded_on),
      legalRepresentative: c.legal_representative ?? "",
      phone: c.phone ?? "",
      email: c.email ?? "",
      street: c.street ?? "",
      commune: c.commune ?? "",
      province: c.province ?? "",
      memberCount: c.member_count == null ? "" : String(c.member_count),
      sectors: c.sectors.join(", "),
      descriptionVi: c.description_vi ?? "",
      descriptionEn: c.description_en ?? "",
      bankBin: c.bank_bin ?? "",
      bankAccountNumber: c.bank_account_number ?? "",
      bankAccountHolder: c.bank_account_holder ?? "",
      logoUrl: c.logo_url ?? "",
      bannerUrl: c.banner_url ?? "",
    },
  }
}

/** Empty form values for a new cooperative. */
export function emptyCooperativeValues(): CooperativeFormValues {
  return {
    name: "", shortName: "", kind: "cooperative", registrationNumber: "", foundedOn: "", legalRepresentative: "",
    phone: "", email: "", street: "", commune: "", province: "", memberCount: "", sectors: "",
    descriptionVi: "", descriptionEn: "", bankBin: "", bankAccountNumber: "", bankAccountHolder: "", logoUrl: "", bannerUrl: "",
  }
}

/** Reads the cooperative form's fields from submitted form data; a missing field reads as "". */
export function readCooperativeForm(form: FormData): CooperativeFormValues {
  const values = emptyCooperativeValues()
  for (const key of Object.keys(values) as (keyof CooperativeFormValues)[]) {
    const raw = form.get(key)
    if (typeof raw === "string" && key !== "kind") values[key] = raw.trim()
  }
  const kind = form.get("kind")
  values.kind = KINDS.find((k) => k === kind) ?? "cooperative"
  return values
}

/**
 * The form's values with the commune in its official spelling, or null when the chosen province has no such commune.
 * An empty commune or an unknown province is left to the backend, whose message names the field.
 */
export function withOfficialCommune(values: CooperativeFormValues): CooperativeFormValues | null {
  if (values.commune === "" || !isProvince(values.province)) return values
  const commune = findCommune(values.province, values.commune)
  return commune ? { ...values, commune } : null
}

/** Splits "chè, dược liệu; mật ong" into sectors. */
export function parseSectors(raw: string): string[] {
  return raw.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)
}

// A count the backend can check; text that is not a whole number goes as-is so its 400 message explains.
function memberCount(raw: string): number | string {
  return /^\d+$/.test(raw) ? Number(raw) : raw
}

type PayloadOptions = { mode: "create" | "update"; includeBank: boolean }

/**
 * The request body for `POST /cooperative/cooperatives` (create) or `POST /cooperative/profile` (update).
 * Optional fields left empty are omitted; on update an owner's emptied bank field is cleared (null).
 */
export function toCooperativePayload(values: CooperativeFormValues, { mode, includeBank }: PayloadOptions): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: values.name,
    kind: values.kind satisfies CooperativeKind,
    legal_representative: values.legalRepresentative,
    phone: values.phone,
    email: values.email,
    street: values.street,
    commune: values.commune,
    province: values.province,
    member_count: memberCount(values.memberCount),
    sectors: parseSectors(values.sectors),
    description_vi: values.descriptionVi,
  }
  if (mode === "create") body.registration_number = values.registrationNumber
  if (values.shortName) body.short_name = values.shortName
  if (values.foundedOn) body.founded_on = values.foundedOn
  if (values.descriptionEn || mode === "update") body.description_en = values.descriptionEn
  // Images are edited on the profile page; emptied there, they are cleared.
  if (values.logoUrl || mode === "update") body.logo_url = values.logoUrl || null
  if (values.bannerUrl || mode === "update") body.banner_url = values.bannerUrl || null
  if (includeBank) {
    // Account numbers are often typed in groups ("1903 4567 …"); the backend wants digits only.
    const bank = {
      bank_bin: values.bankBin.replace(/\s/g, ""),
      bank_account_number: values.bankAccountNumber.replace(/\s/g, ""),
      bank_account_holder: values.bankAccountHolder,
    }
    if (mode === "update" || Object.values(bank).some(Boolean)) {
      for (const [key, value] of Object.entries(bank)) body[key] = value === "" ? null : value
    }
  }
  return body
}
