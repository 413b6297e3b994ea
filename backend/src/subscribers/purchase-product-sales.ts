import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PURCHASE_CREATED_EVENT } from "../workflows/purchase/complete-purchase"
import { recordProductSalesWorkflow } from "../workflows/search/record-product-sales"

/** A placed purchase's units count towards its products' best-selling rank. */
export default async function purchaseProductSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordProductSalesWorkflow(container).run({ input: { purchase_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PURCHASE_CREATED_EVENT }
