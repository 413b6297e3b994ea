import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { searchSyncEnabled } from "../lib/search-module"
import { syncSearchDocumentsWorkflow } from "../workflows/search/sync-search-documents"

const RESERVATION_EVENTS: string[] = [InventoryEvents.RESERVATION_ITEM_CREATED, InventoryEvents.RESERVATION_ITEM_UPDATED, InventoryEvents.RESERVATION_ITEM_DELETED]

/** Stock levels and reservations (an order placed or cancelled) change whether a product is in stock. */
export default async function searchSyncStock({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!searchSyncEnabled()) return
  const input = RESERVATION_EVENTS.includes(event.name) ? { reservation_ids: [event.data.id] } : { inventory_level_ids: [event.data.id] }
  await syncSearchDocumentsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [InventoryEvents.INVENTORY_LEVEL_CREATED, InventoryEvents.INVENTORY_LEVEL_UPDATED, InventoryEvents.INVENTORY_LEVEL_DELETED, ...RESERVATION_EVENTS],
}
