import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordProductSalesStep } from "./steps/record-product-sales"
import { syncSearchDocumentsWorkflow } from "./sync-search-documents"

export const RECORD_PRODUCT_SALES_WORKFLOW = "record-product-sales"

/** Counts a placed purchase's units per product, and moves those products in the best-selling order. */
export const recordProductSalesWorkflow = createWorkflow(RECORD_PRODUCT_SALES_WORKFLOW, (input: { purchase_id: string }) => {
  const sold = recordProductSalesStep(input)
  syncSearchDocumentsWorkflow.runAsStep({ input: transform({ sold }, ({ sold }) => ({ product_ids: sold.product_ids })) })
  return new WorkflowResponse(sold)
})
