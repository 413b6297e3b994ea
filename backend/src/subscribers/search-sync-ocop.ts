import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OCOP_CERTIFICATE_STATUS_CHANGED_EVENT } from "../workflows/ocop/change-ocop-certificate-status"
import { searchSyncEnabled } from "../lib/search-module"
import { syncSearchDocumentsWorkflow } from "../workflows/search/sync-search-documents"

/** A certificate verified, revoked or expired changes its products' OCOP stars and product set in search. */
export default async function searchSyncOcop({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!searchSyncEnabled()) return
  await syncSearchDocumentsWorkflow(container).run({ input: { certificate_ids: [event.data.id] } })
}

export const config: SubscriberConfig = { event: OCOP_CERTIFICATE_STATUS_CHANGED_EVENT }
