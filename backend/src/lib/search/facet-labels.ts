import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FacetCount, SearchFacets } from "../../modules/search/types"

type Named = { handle: string; name: string; metadata?: Record<string, unknown> | null }
type Labels = Map<string, { label_vi: string; label_en: string }>
type Graph = { graph: (q: Record<string, unknown>) => Promise<{ data: unknown[] }> }

/** How long loaded names serve (a renamed category shows its new name then); a handle not known yet reloads sooner. */
const FRESH_MS = 10_000
const RETRY_MS = 1_000

const LABELLED = [
  ["category", "product_category"],
  ["cooperative", "cooperative"],
] as const

const toLabels = (rows: Named[]): Labels =>
  new Map(rows.map((row) => [row.handle, { label_vi: row.name, label_en: typeof row.metadata?.name_en === "string" ? row.metadata.name_en : row.name }]))

/** The names of every category and cooperative by handle, read at most every few seconds rather than on every search. */
class FacetLabelCache {
  private loaded: { at: number; labels: Record<(typeof LABELLED)[number][0], Labels> } | null = null
  private loading: Promise<NonNullable<FacetLabelCache["loaded"]>> | null = null

  constructor(private readonly query: Graph) {}

  async get(handles: { category: string[]; cooperative: string[] }) {
    const age = this.loaded ? Date.now() - this.loaded.at : Infinity
    const unknown = this.loaded && LABELLED.some(([facet]) => handles[facet].some((h) => !this.loaded!.labels[facet].has(h)))
    if (age < FRESH_MS && !(unknown && age > RETRY_MS)) return this.loaded!.labels
    this.loading ??= this.load().finally(() => (this.loading = null))
    return (await this.loading).labels
  }

  private async load() {
    const [categories, cooperatives] = await Promise.all(
      LABELLED.map(([, entity]) => this.query.graph({ entity, fields: ["handle", "name", ...(entity === "product_category" ? ["metadata"] : [])] }))
    )
    this.loaded = { at: Date.now(), labels: { category: toLabels(categories!.data as Named[]), cooperative: toLabels(cooperatives!.data as Named[]) } }
    return this.loaded
  }
}

const caches = new WeakMap<object, FacetLabelCache>()

/** Adds the names of the categories and cooperatives that facets list by handle. */
export async function labelFacets(scope: MedusaContainer, facets: SearchFacets): Promise<SearchFacets> {
  if (!facets.category?.length && !facets.cooperative?.length) return facets
  const query = scope.resolve(ContainerRegistrationKeys.QUERY) as unknown as Graph
  let cache = caches.get(query)
  if (!cache) caches.set(query, (cache = new FacetLabelCache(query)))
  const labels = await cache.get({ category: (facets.category ?? []).map((c) => c.value), cooperative: (facets.cooperative ?? []).map((c) => c.value) })
  const labelled: SearchFacets = { ...facets }
  for (const [facet] of LABELLED) {
    const counts = facets[facet]
    if (counts?.length) labelled[facet] = counts.map((c): FacetCount => ({ ...c, ...labels[facet].get(c.value) }))
  }
  return labelled
}
