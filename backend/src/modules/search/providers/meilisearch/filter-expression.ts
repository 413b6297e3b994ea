import { MedusaError } from "@medusajs/framework/utils"
import type { SearchFilters, SearchKind } from "../../types"

/** Filters that take a list of values, any of which may match. */
const LIST_FILTERS = ["category", "product_set", "ocop_stars", "province", "commune", "cooperative", "collection", "certifications"] as const satisfies readonly (keyof SearchFilters)[]

/**
 * A value as a Meilisearch string literal. Its parser lets a backslash swallow the next character, so escaping both
 * backslashes and double quotes means no input can close the string early; numbers are quoted too (Meilisearch
 * compares a quoted "4" with the number 4).
 */
export function quote(value: string | number): string {
  return `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`
}

/** A bound as a number literal; anything that is not a finite number never reaches the expression. */
function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A price bound must be a whole number of đồng.")
  return String(value)
}

/** The Meilisearch filter for a kind and the request's filters: conditions joined with AND, a list's values with OR. */
export function filterExpression(kind: SearchKind, filters: SearchFilters): string {
  const conditions = [`kind = ${quote(kind)}`]
  for (const field of LIST_FILTERS) {
    const values: readonly (string | number)[] | undefined = filters[field]
    if (values?.length) conditions.push(`${field} IN [${values.map((v) => quote(v)).join(", ")}]`)
  }
  if (filters.price_min !== undefined) conditions.push(`price_vnd >= ${numberLiteral(filters.price_min)}`)
  if (filters.price_max !== undefined) conditions.push(`price_vnd <= ${numberLiteral(filters.price_max)}`)
  if (filters.in_stock !== undefined) conditions.push(`in_stock = ${filters.in_stock ? "true" : "false"}`)
  return conditions.join(" AND ")
}
