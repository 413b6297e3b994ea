import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordFairSalesWorkflow } from "../workflows/fair/record-fair-sales"
import { PURCHASE_CREATED_EVENT } from "../workflows/purchase/complete-purchase"

/** A placed purchase's orders started from a fair's pages count in that fair's report. */
export default async function purchaseFairSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordFairSalesWorkflow(container).run({ input: { purchase_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PURCHASE_CREATED_EVENT }
