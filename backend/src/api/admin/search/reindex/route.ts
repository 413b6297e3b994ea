import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../../../../modules/search"
import type SearchModuleService from "../../../../modules/search/service"
import { runSearchReindexWorkflow } from "../../../../workflows/search/run-search-reindex"
import { startSearchReindexWorkflow } from "../../../../workflows/search/start-search-reindex"

/** GET /admin/search/reindex — which engine serves search and the latest full reindex with its progress. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const [reindex] = await search.listSearchReindexRuns({}, { take: 1, order: { started_at: "DESC" } })
  res.json({ provider: search.providerName(), reindex: reindex ?? null })
}

/** POST /admin/search/reindex — starts a full reindex and answers at once (202); progress is read with GET. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result: reindex } = await startSearchReindexWorkflow(req.scope).run({ input: {} })
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  // Runs on after the answer; its outcome (done or failed, with the message) is recorded on the reindex.
  runSearchReindexWorkflow(req.scope)
    .run({ input: { reindex_id: reindex.id } })
    .catch((error: unknown) => logger.error(`Search reindex ${reindex.id} failed: ${error instanceof Error ? error.message : String(error)}`))
  res.status(202).json({ reindex })
}
