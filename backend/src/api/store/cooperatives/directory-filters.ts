import { diacriticInsensitivePattern, searchWords } from "./text-match"
import type { StoreListCooperativesType } from "./validators"

/** Fields a search looks in. */
export const SEARCHED_FIELDS = ["name", "short_name", "commune"] as const

/** Query filters for the public directory: approved cooperatives only, every word of `q` found in some searched field. */
export function directoryFilters(params: Omit<StoreListCooperativesType, "limit" | "offset">): Record<string, unknown> {
  const { q, province, commune, sector, kind } = params
  const filters: Record<string, unknown> = { status: "approved" }
  if (province) filters.province = province
  if (commune) filters.commune = commune
  if (kind) filters.kind = kind
  if (sector) filters.sectors = { $contains: [sector] }
  const words = q ? searchWords(q) : []
  if (words.length) {
    filters.$and = words.map((word) => {
      const pattern = diacriticInsensitivePattern(word)
      return { $or: SEARCHED_FIELDS.map((field) => ({ [field]: { $re: pattern } })) }
    })
  }
  return filters
}
