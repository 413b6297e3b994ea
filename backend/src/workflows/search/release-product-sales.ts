import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseProductSalesStep } from "./steps/release-product-sales"
import { syncSearchDocumentsWorkflow } from "./sync-search-documents"

export const RELEASE_PRODUCT_SALES_WORKFLOW = "release-product-sales"

/** A cancelled order's units stop counting, and its products move back in the best-selling order. */
export const releaseProductSalesWorkflow = createWorkflow(RELEASE_PRODUCT_SALES_WORKFLOW, (input: { order_id: string }) => {
  const released = releaseProductSalesStep(input)
  syncSearchDocumentsWorkflow.runAsStep({ input: transform({ released }, ({ released }) => ({ product_ids: released.product_ids })) })
  return new WorkflowResponse(released)
})
