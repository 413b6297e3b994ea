import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { searchSyncEnabled } from "../lib/search-module"
import { syncSearchDocumentsWorkflow } from "../workflows/search/sync-search-documents"

const VARIANT_EVENTS: string[] = Object.values(ProductVariantWorkflowEvents)

/** A product or one of its variants (price, options) changed: its search document follows. */
export default async function searchSyncProducts({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!searchSyncEnabled()) return
  const input = VARIANT_EVENTS.includes(event.name) ? { variant_ids: [event.data.id] } : { product_ids: [event.data.id] }
  await syncSearchDocumentsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: [...Object.values(ProductWorkflowEvents), ...VARIANT_EVENTS] }
