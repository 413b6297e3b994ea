import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LOT_CREATED_EVENT } from "../workflows/traceability/create-lot"
import { searchSyncEnabled } from "../lib/search-module"
import { syncSearchDocumentsWorkflow } from "../workflows/search/sync-search-documents"

/** A new lot may bring certifications (VietGAP, organic…) that shoppers filter by. */
export default async function searchSyncLots({ event, container }: SubscriberArgs<{ id: string; variant_id: string }>) {
  if (!searchSyncEnabled()) return
  await syncSearchDocumentsWorkflow(container).run({ input: { variant_ids: [event.data.variant_id] } })
}

export const config: SubscriberConfig = { event: LOT_CREATED_EVENT }
