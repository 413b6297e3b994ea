import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncFairPriceListStep } from "./steps/sync-fair-price-list"

/** Id of the workflow that brings a fair's sale price list in line with its booths. */
export const syncFairPricesWorkflowId = "sync-fair-prices"

/** Brings a fair's sale price list in line with its approved booths and dates (see syncFairPriceListStep). */
export const syncFairPricesWorkflow = createWorkflow(syncFairPricesWorkflowId, (input: { fair_id: string }) => new WorkflowResponse(syncFairPriceListStep(input)))
