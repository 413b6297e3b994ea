import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { startSearchReindexStep } from "./steps/start-search-reindex"

export const START_SEARCH_REINDEX_WORKFLOW = "start-search-reindex"

/** Opens a full reindex (one at a time), to be run by runSearchReindex. */
export const startSearchReindexWorkflow = createWorkflow(START_SEARCH_REINDEX_WORKFLOW, () => {
  acquireLockStep({ key: "search-reindex", timeout: 15, ttl: 60 })
  const reindex = startSearchReindexStep({})
  releaseLockStep({ key: "search-reindex" })
  return new WorkflowResponse(reindex)
})
