import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { indexEverythingStep } from "./steps/index-everything"

export const RUN_SEARCH_REINDEX_WORKFLOW = "run-search-reindex"

/** Runs an opened full reindex to the end, recording progress as it goes. */
export const runSearchReindexWorkflow = createWorkflow(RUN_SEARCH_REINDEX_WORKFLOW, (input: { reindex_id: string }) => {
  return new WorkflowResponse(indexEverythingStep(input))
})
