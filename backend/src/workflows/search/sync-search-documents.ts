import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { collectSearchSourcesStep, type CollectSearchSourcesInput } from "./steps/collect-search-sources"
import { writeSearchDocumentsStep } from "./steps/write-search-documents"

export const SYNC_SEARCH_DOCUMENTS_WORKFLOW = "sync-search-documents"

/** Brings the search index up to date for changed products and cooperatives (and with them, the categories). */
export const syncSearchDocumentsWorkflow = createWorkflow(SYNC_SEARCH_DOCUMENTS_WORKFLOW, (input: CollectSearchSourcesInput) => {
  const changes = collectSearchSourcesStep(input)
  return new WorkflowResponse(writeSearchDocumentsStep(changes))
})
