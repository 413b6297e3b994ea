import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PURCHASE_CREATED_EVENT } from "../workflows/purchase/complete-purchase"
import { notifyPurchasePlacedWorkflow } from "../workflows/purchase/notify-purchase-placed"

/** A placed purchase is confirmed to the shopper by e-mail, and each cooperative hears of its new order. */
export default async function purchasePlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyPurchasePlacedWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = { event: PURCHASE_CREATED_EVENT }
