import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import { categoryChanges, cooperativeChanges, productChanges } from "./collect-search-sources"

export const INDEX_EVERYTHING_STEP = "index-everything"

/** Products read and written per batch. */
export const REINDEX_BATCH = 500

/**
 * Rebuilds the index from the source: every product in batches (progress saved after each), every cooperative,
 * then every category; documents that no longer have a source are dropped at the end, so search keeps
 * answering during the rebuild. A failure is recorded on the reindex with its message.
 */
export const indexEverythingStep = createStep(INDEX_EVERYTHING_STEP, async ({ reindex_id }: { reindex_id: string }, { container }) => {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const [, productCount] = await countOf(query, "product")
    const [cooperativeIds] = await countOf(query, "cooperative", true)
    const total = productCount + cooperativeIds.length
    await search.updateSearchReindexRuns({ id: reindex_id, total })
    const kept: string[] = []
    let indexed = 0
    for (let skip = 0; skip < productCount; skip += REINDEX_BATCH) {
      const { data } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip, take: REINDEX_BATCH, order: { id: "ASC" } } })
      const ids = (data as { id: string }[]).map((p) => p.id)
      const changes = await productChanges(container, ids)
      await search.upsertDocuments(changes.upsert)
      kept.push(...changes.upsert.map((d) => d.id))
      indexed += ids.length
      await search.updateSearchReindexRuns({ id: reindex_id, indexed })
    }
    const cooperatives = await cooperativeChanges(container, cooperativeIds)
    await search.upsertDocuments(cooperatives.upsert)
    kept.push(...cooperatives.upsert.map((d) => d.id))
    const counts = new Map<string, number>()
    const facet = await search.searchDocuments({ kind: "product", q: "", filters: {}, facets: ["category"], sort: "newest", limit: 1, offset: 0 })
    for (const f of facet.facets.category ?? []) counts.set(f.value, f.count)
    const categories = await categoryChanges(container, counts)
    await search.upsertDocuments(categories.upsert)
    kept.push(...categories.upsert.map((d) => d.id))
    await search.retainOnlyDocuments(kept)
    const done = await search.updateSearchReindexRuns({ id: reindex_id, indexed: total, status: "done", finished_at: new Date() })
    return new StepResponse(done)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await search.updateSearchReindexRuns({ id: reindex_id, status: "failed", error: message.slice(0, 500), finished_at: new Date() })
    throw error
  }
})

type Query = { graph: (q: { entity: string; fields: string[]; pagination?: { skip: number; take: number } }) => Promise<{ data: unknown[]; metadata?: { count?: number } }> }

// Product ids are paged (there may be 100,000); cooperative ids all fit in memory.
async function countOf(query: unknown, entity: string, all = false): Promise<[string[], number]> {
  const q = query as Query
  if (all) {
    const { data } = await q.graph({ entity, fields: ["id"] })
    const ids = (data as { id: string }[]).map((r) => r.id)
    return [ids, ids.length]
  }
  const { metadata } = await q.graph({ entity, fields: ["id"], pagination: { skip: 0, take: 1 } })
  return [[], metadata?.count ?? 0]
}
