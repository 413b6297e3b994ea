import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import { categoryChanges, cooperativeChanges, productChanges } from "./collect-search-sources"

export const INDEX_EVERYTHING_STEP = "index-everything"

/** Products read and written per batch. */
export const REINDEX_BATCH = 500
/** Batches in flight at once: reading one from the catalogue overlaps writing another to the index. */
export const REINDEX_PARALLEL = 3

type Query = { graph: (q: Record<string, unknown>) => Promise<{ data: unknown[]; metadata?: { count?: number } }> }

/** Pages of product ids in id order, each starting after the last (keyset paging stays fast on the last page). */
function productPages(query: Query) {
  let after: string | null = null
  let done = false
  let chain: Promise<string[]> = Promise.resolve([])
  return () => {
    chain = chain.then(async () => {
      if (done) return []
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: after ? { id: { $gt: after } } : {}, pagination: { take: REINDEX_BATCH, order: { id: "ASC" } } })
      const ids = (data as { id: string }[]).map((p) => p.id)
      if (ids.length < REINDEX_BATCH) done = true
      after = ids.at(-1) ?? after
      return ids
    })
    return chain
  }
}

/**
 * Rebuilds the index from the source: every product in batches (progress saved as they land), every cooperative,
 * then every category; documents that no longer have a source are dropped at the end, so search keeps
 * answering during the rebuild. A failure is recorded on the reindex with its message.
 */
export const indexEverythingStep = createStep(INDEX_EVERYTHING_STEP, async ({ reindex_id }: { reindex_id: string }, { container }) => {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  try {
    const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
    const { data: cooperativeRows } = await query.graph({ entity: "cooperative", fields: ["id"] })
    const cooperativeIds = (cooperativeRows as { id: string }[]).map((c) => c.id)
    const total = (metadata?.count ?? 0) + cooperativeIds.length
    await search.updateSearchReindexRuns({ id: reindex_id, total })
    const kept: string[] = []
    let indexed = 0
    const nextPage = productPages(query)
    const worker = async () => {
      for (let ids = await nextPage(); ids.length; ids = await nextPage()) {
        const changes = await productChanges(container, ids)
        await search.upsertDocuments(changes.upsert)
        kept.push(...changes.upsert.map((d) => d.id))
        indexed += ids.length
        await search.updateSearchReindexRuns({ id: reindex_id, indexed: Math.min(indexed, total) })
      }
    }
    await Promise.all(Array.from({ length: REINDEX_PARALLEL }, worker))
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
