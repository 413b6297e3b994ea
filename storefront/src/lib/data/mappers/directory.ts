import type { CooperativeCardView, DirectoryQuery, DirectoryView, FacetOptionView } from "../../../types/views"
import { parsePageParam } from "../../util/pagination"
import { type StoreCooperative, textOrNull, toCooperativeKind, toSectors } from "./cooperative"

type StoreFacet = { value?: unknown; count?: unknown }

/** `GET /store/cooperatives`, as the backend contract describes it. */
export type StoreCooperativeList = {
  cooperatives: (StoreCooperative & { product_count?: number | null })[]
  count: number
  facets?: { communes?: StoreFacet[]; sectors?: StoreFacet[]; kinds?: StoreFacet[] }
}

/** Longest search or filter value the backend accepts. */
export const MAX_FILTER_LENGTH = 100

type SearchParams = Record<string, string | string[] | undefined>

// Legal forms open most names; the initials come from the words after them.
const LEGAL_FORM = /^(liên hiệp (hợp tác xã|htx)|lh ?htx|hợp tác xã|htx|tổ hợp tác|tht)\s+/iu

/** Two capital letters standing in for a missing logo: the first letters of the name after its legal form. */
export function initialsOf(name: string): string {
  const words = name.normalize("NFC").trim().replace(LEGAL_FORM, "").split(/\s+/).filter(Boolean)
  return words
    .slice(0, 2)
    .map((word) => [...word][0] ?? "")
    .join("")
    .toLocaleUpperCase("vi")
}

function facetOptions(facets: StoreFacet[] | undefined): FacetOptionView[] {
  return (facets ?? []).flatMap((f) => {
    const value = textOrNull(f.value)
    return value && typeof f.count === "number" ? [{ value, count: f.count }] : []
  })
}

/** Maps one listed cooperative to its directory card. */
export function toCooperativeCardView(cooperative: StoreCooperativeList["cooperatives"][number]): CooperativeCardView {
  return {
    id: cooperative.id,
    handle: cooperative.handle,
    name: cooperative.name,
    kind: toCooperativeKind(cooperative.kind),
    commune: textOrNull(cooperative.commune),
    province: textOrNull(cooperative.province),
    sectors: toSectors(cooperative.sectors),
    productCount: typeof cooperative.product_count === "number" ? cooperative.product_count : 0,
    logoUrl: textOrNull(cooperative.logo_url),
    initials: initialsOf(textOrNull(cooperative.short_name) ?? cooperative.name),
  }
}

/** Maps the directory response: cards, total and the filter choices with their counts. */
export function toDirectoryView(list: StoreCooperativeList): DirectoryView {
  return {
    cooperatives: list.cooperatives.map(toCooperativeCardView),
    count: list.count,
    facets: {
      communes: facetOptions(list.facets?.communes),
      sectors: facetOptions(list.facets?.sectors),
      kinds: facetOptions(list.facets?.kinds).flatMap((f) => {
        const kind = toCooperativeKind(f.value)
        return kind ? [{ value: kind, count: f.count }] : []
      }),
    },
  }
}

function firstText(value: string | string[] | undefined): string | undefined {
  const text = textOrNull(Array.isArray(value) ? value[0] : value)
  return text ? text.normalize("NFC").slice(0, MAX_FILTER_LENGTH) : undefined
}

/** Reads the directory's URL leniently: unknown kinds, blanks and repeats are ignored rather than refused. */
export function parseDirectoryQuery(params: SearchParams): DirectoryQuery {
  const kind = toCooperativeKind(firstText(params.kind)) ?? undefined
  const query: DirectoryQuery = { page: parsePageParam(params.page) }
  const q = firstText(params.q)
  const commune = firstText(params.commune)
  const sector = firstText(params.sector)
  if (q) query.q = q
  if (commune) query.commune = commune
  if (sector) query.sector = sector
  if (kind) query.kind = kind
  return query
}

/** The search and filters of a directory query as URL parameters (no page), e.g. for page links. */
export function directoryFilterParams(query: DirectoryQuery): Record<string, string> {
  const { page: _page, ...filters } = query
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"))
}
