import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductCategoryWorkflowEvents, ProductCollectionWorkflowEvents } from "@medusajs/framework/utils"
import { searchSyncEnabled } from "../lib/search-module"
import { syncSearchDocumentsWorkflow } from "../workflows/search/sync-search-documents"

const CATEGORY_EVENTS: string[] = [ProductCategoryWorkflowEvents.UPDATED, ProductCategoryWorkflowEvents.DELETED]
const COLLECTION_EVENTS: string[] = [ProductCollectionWorkflowEvents.UPDATED, ProductCollectionWorkflowEvents.DELETED]

/**
 * A category or collection renamed, given a new handle or deleted: its products' documents (which carry its handle, and
 * a category's names as words) follow, and the category documents are refreshed with them.
 */
export default async function searchSyncCategories({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!searchSyncEnabled()) return
  const input = CATEGORY_EVENTS.includes(event.name) ? { category_ids: [event.data.id] } : { collection_ids: [event.data.id] }
  await syncSearchDocumentsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: [...CATEGORY_EVENTS, ...COLLECTION_EVENTS] }
