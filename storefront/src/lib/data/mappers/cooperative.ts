import type { AppLocale } from "../../../i18n/routing"
import type { CooperativeKind, CooperativeRef, CooperativeView } from "../../../types/views"
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
  member_count?: number | null
  description_vi?: string | null
  description_en?: string | null
  product_ids?: string[] | null
}

const KINDS: readonly CooperativeKind[] = ["cooperative", "cooperative_group", "cooperative_union"]

function isRef(value: unknown): value is { name: string; handle: string } {
  if (typeof value !== "object" || value === null) return false
  const { name, handle } = value as Record<string, unknown>
  return typeof name === "string" && name !== "" && typeof handle === "string" && handle !== ""
}

/**
 * The cooperative that makes a product, from the `cooperative` link field the product query asks for.
 * The only place that knows where products carry their cooperative; a link may come back as one record or a list.
 */
export function mapCooperativeRef(product: object): CooperativeRef | undefined {
  const raw: unknown = (product as { cooperative?: unknown }).cooperative
  const candidate: unknown = Array.isArray(raw) ? raw[0] : raw
  return isRef(candidate) ? { name: candidate.name, handle: candidate.handle } : undefined
}

/** Maps the store cooperative record to the cooperative page view. */
export function toCooperativeView(cooperative: StoreCooperative, locale: AppLocale): CooperativeView {
  const kind = KINDS.find((k) => k === cooperative.kind) ?? null
  return {
    id: cooperative.id,
    handle: cooperative.handle,
    name: cooperative.name,
    kind,
    commune: cooperative.commune || null,
    province: cooperative.province || null,
    description: pickLocalized(locale, cooperative.description_vi || null, cooperative.description_en || null),
    memberCount: typeof cooperative.member_count === "number" ? cooperative.member_count : null,
    productIds: (cooperative.product_ids ?? []).filter((id) => typeof id === "string" && id !== ""),
  }
}
