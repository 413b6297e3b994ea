import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import { categoryChanges, type SearchChanges } from "./collect-search-sources"

export const WRITE_SEARCH_DOCUMENTS_STEP = "write-search-documents"

/**
 * Writes and removes documents, then refreshes the category documents from the index's own counts.
 * The index is derived data: there is nothing to undo, and the next sync of the same entities repairs a failed one.
 */
export const writeSearchDocumentsStep = createStep(WRITE_SEARCH_DOCUMENTS_STEP, async (changes: SearchChanges, { container }) => {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  await search.upsertDocuments(changes.upsert)
  await search.removeDocuments(changes.remove)
  const counts = await search.searchDocuments({ kind: "product", q: "", filters: {}, facets: ["category"], sort: "newest", limit: 1, offset: 0 })
  const categories = await categoryChanges(container, new Map((counts.facets.category ?? []).map((f) => [f.value, f.count])))
  await search.upsertDocuments(categories.upsert)
  await search.removeDocuments(categories.remove)
  return new StepResponse({ written: changes.upsert.length + categories.upsert.length, removed: changes.remove.length + categories.remove.length })
})
