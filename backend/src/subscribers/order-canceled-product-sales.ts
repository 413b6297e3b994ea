import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { releaseProductSalesWorkflow } from "../workflows/search/release-product-sales"

/** A cancelled order (a cooperative's, or an operator's) no longer counts towards best-selling. */
export default async function orderCanceledProductSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await releaseProductSalesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
