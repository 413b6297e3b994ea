import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COOPERATIVE_STATUS_CHANGED_EVENT } from "../workflows/cooperative/change-cooperative-status"
import { searchSyncEnabled } from "../lib/search-module"
import { syncSearchDocumentsWorkflow } from "../workflows/search/sync-search-documents"

/** A cooperative approved, suspended or reinstated: it and all its products appear in or leave search. */
export default async function searchSyncCooperatives({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!searchSyncEnabled()) return
  await syncSearchDocumentsWorkflow(container).run({ input: { cooperative_ids: [event.data.id] } })
}

export const config: SubscriberConfig = { event: COOPERATIVE_STATUS_CHANGED_EVENT }
