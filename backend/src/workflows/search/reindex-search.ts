import type { MedusaContainer } from "@medusajs/framework/types"
import { runSearchReindexWorkflow } from "./run-search-reindex"
import { startSearchReindexWorkflow } from "./start-search-reindex"

/** Opens a full reindex and runs it to the end (the command line and the seed wait for it; the admin does not). */
export async function reindexSearch(container: MedusaContainer) {
  const { result: reindex } = await startSearchReindexWorkflow(container).run({ input: {} })
  const { result } = await runSearchReindexWorkflow(container).run({ input: { reindex_id: reindex.id } })
  return result
}
