import type { AppLocale } from "../../../i18n/routing"
import type { CooperativeKind, CooperativeRef, CooperativeView, SellerIdentityView } from "../../../types/views"
import { pickLocalized } from "./localize"

/** `GET /store/cooperatives/:handle` → `cooperative`, as the backend contract describes it. */
export type StoreCooperative = {
  id: string
  handle: string
  name: string
  short_name?: string | null
  kind?: string | null
  commune?: string | null
  province?: string | null
  street?: string | null
  phone?: string | null
  email?: string | null
  registration_number?: string | null
  legal_representative?: string | null
  founded_on?: string | null
  member_count?: number | null
  sectors?: (string | null)[] | null
  logo_url?: string | null
  description_vi?: string | null
  description_en?: string | null
  product_ids?: string[] | null
}

const KINDS: readonly CooperativeKind[] = ["cooperative", "cooperative_group", "cooperative_union"]

/** The kind when the backend sends a known one, else null (the label is then left out). */
export function toCooperativeKind(value: unknown): CooperativeKind | null {
  return KINDS.find((k) => k === value) ?? null
}

/** A trimmed non-empty string, or null. */
export function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null
}

/** Sectors without blanks or repeats, in the cooperative's order. */
export function toSectors(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return [...new Set(value.map(textOrNull).filter((s): s is string => s !== null))]
}

/** One address line from its parts (street, commune, province), skipping the missing ones. */
export function formatAddress(...parts: unknown[]): string | null {
  return parts.map(textOrNull).filter(Boolean).join(", ") || null
}

/** A `tel:` link for a Vietnamese phone number as people write it ("0207 3830 468"), or null. */
export function telHref(phone: string | null): string | null {
  const digits = phone?.replace(/[^\d+]/g, "") ?? ""
  return digits.length >= 8 ? `tel:${digits}` : null
}

function yearOf(value: unknown): number | null {
  const text = textOrNull(value)
  if (!text) return null
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? null : date.getUTCFullYear()
}

function linkedCooperative(product: object): Record<string, unknown> | undefined {
  const raw: unknown = (product as { cooperative?: unknown }).cooperative
  const candidate: unknown = Array.isArray(raw) ? raw[0] : raw
  if (typeof candidate !== "object" || candidate === null) return undefined
  const record = candidate as Record<string, unknown>
  return textOrNull(record.name) && textOrNull(record.handle) ? record : undefined
}

/**
 * The cooperative that makes a product, from the `cooperative` link field the product query asks for.
 * The only place that knows where products carry their cooperative; a link may come back as one record or a list.
 */
export function mapCooperativeRef(product: object): CooperativeRef | undefined {
  const cooperative = linkedCooperative(product)
  return cooperative ? { name: String(cooperative.name), handle: String(cooperative.handle) } : undefined
}

/** The seller's legal identity from the same link: name, address, phone, registration number. */
export function mapSellerIdentity(product: object): SellerIdentityView | undefined {
  const cooperative = linkedCooperative(product)
  if (!cooperative) return undefined
  const phone = textOrNull(cooperative.phone)
  return {
    name: String(cooperative.name),
    handle: String(cooperative.handle),
    commune: textOrNull(cooperative.commune),
    province: textOrNull(cooperative.province),
    address: formatAddress(cooperative.street, cooperative.commune, cooperative.province),
    phone,
    phoneHref: telHref(phone),
    registrationNumber: textOrNull(cooperative.registration_number),
  }
}

/** Maps the store cooperative record to the cooperative page view. */
export function toCooperativeView(cooperative: StoreCooperative, locale: AppLocale): CooperativeView {
  const phone = textOrNull(cooperative.phone)
  return {
    id: cooperative.id,
    handle: cooperative.handle,
    name: cooperative.name,
    kind: toCooperativeKind(cooperative.kind),
    commune: textOrNull(cooperative.commune),
    province: textOrNull(cooperative.province),
    address: formatAddress(cooperative.street, cooperative.commune, cooperative.province),
    phone,
    phoneHref: telHref(phone),
    email: textOrNull(cooperative.email),
    registrationNumber: textOrNull(cooperative.registration_number),
    legalRepresentative: textOrNull(cooperative.legal_representative),
    foundedYear: yearOf(cooperative.founded_on),
    sectors: toSectors(cooperative.sectors),
    logoUrl: textOrNull(cooperative.logo_url),
    description: pickLocalized(locale, cooperative.description_vi || null, cooperative.description_en || null),
    memberCount: typeof cooperative.member_count === "number" ? cooperative.member_count : null,
    productIds: (cooperative.product_ids ?? []).filter((id) => typeof id === "string" && id !== ""),
  }
}
