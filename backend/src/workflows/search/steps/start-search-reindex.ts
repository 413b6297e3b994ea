import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPLAINED_CONFLICT } from "../../../api/error-handler"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"

export const START_SEARCH_REINDEX_STEP = "start-search-reindex"

/** A running reindex without progress for this long is taken as interrupted. */
export const STALE_AFTER_MS = 10 * 60 * 1000

/** Records a new full reindex as running; refuses while another one runs. */
export const startSearchReindexStep = createStep(
  START_SEARCH_REINDEX_STEP,
  async (_input: Record<string, never>, { container }) => {
    const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
    const [running] = await search.listSearchReindexRuns({ status: "running" }, { take: 1 })
    // A reindex saves progress after every batch; one silent for this long died with its process.
    if (running && Date.now() - new Date(running.updated_at).getTime() > STALE_AFTER_MS) {
      await search.updateSearchReindexRuns({ id: running.id, status: "failed", error: "Interrupted: the server stopped during the reindex.", finished_at: new Date() })
    } else if (running) throw new MedusaError(MedusaError.Types.CONFLICT, "A full reindex is already running; wait for it to finish.", EXPLAINED_CONFLICT)
    const reindex = await search.createSearchReindexRuns({ provider: search.providerName(), status: "running", started_at: new Date() })
    return new StepResponse(reindex, reindex.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SearchModuleService>(SEARCH_MODULE).deleteSearchReindexRuns([id])
  }
)
