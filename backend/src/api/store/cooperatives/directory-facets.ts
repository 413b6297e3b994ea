import { COOPERATIVE_KINDS } from "./validators"

/** One filter value and how many approved cooperatives have it. */
export type FacetValue = { value: string; count: number }

export type DirectoryFacets = { communes: FacetValue[]; sectors: FacetValue[]; kinds: FacetValue[] }

type FacetSource = { commune?: string | null; sectors?: (string | null)[] | null; kind?: string | null }

function counted(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

// Alphabetical in Vietnamese order, so "Xã Đồng Văn" sits after "Xã Du Già" as a reader expects.
const alphabetical = (counts: Map<string, number>): FacetValue[] =>
  [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, "vi"))

/** Communes, sectors and kinds of the given cooperatives with their counts; a cooperative counts once per sector. */
export function countFacets(cooperatives: FacetSource[]): DirectoryFacets {
  const communes = counted(cooperatives.map((c) => c.commune).filter((c): c is string => !!c))
  const sectors = counted(cooperatives.flatMap((c) => [...new Set(c.sectors ?? [])].filter((s): s is string => !!s)))
  const kinds = counted(cooperatives.map((c) => c.kind).filter((k): k is string => !!k))
  return {
    communes: alphabetical(communes),
    sectors: alphabetical(sectors),
    // Kinds keep the legal order (cooperative, group, union) rather than the alphabet of their codes.
    kinds: COOPERATIVE_KINDS.filter((k) => kinds.has(k)).map((k) => ({ value: k, count: kinds.get(k) ?? 0 })),
  }
}
