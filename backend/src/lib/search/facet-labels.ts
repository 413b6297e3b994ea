import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FacetCount, SearchFacets } from "../../modules/search/types"

type Named = { handle: string; name: string; metadata?: Record<string, unknown> | null }

/** Adds the names of the categories and cooperatives that facets list by handle. */
export async function labelFacets(scope: MedusaContainer, facets: SearchFacets): Promise<SearchFacets> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const labelled: SearchFacets = { ...facets }
  for (const [facet, entity] of [["category", "product_category"], ["cooperative", "cooperative"]] as const) {
    const counts = facets[facet]
    if (!counts?.length) continue
    const { data } = await query.graph({ entity, fields: ["handle", "name", ...(entity === "product_category" ? ["metadata"] : [])], filters: { handle: counts.map((c) => c.value) } })
    const byHandle = new Map((data as Named[]).map((row) => [row.handle, row]))
    labelled[facet] = counts.map((c): FacetCount => {
      const row = byHandle.get(c.value)
      if (!row) return c
      const en = typeof row.metadata?.name_en === "string" ? row.metadata.name_en : row.name
      return { ...c, label_vi: row.name, label_en: en }
    })
  }
  return labelled
}
