import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordFairSalesStep } from "./steps/record-fair-sales"

/** Id of the workflow that attributes a placed purchase's orders to fairs. */
export const recordFairSalesWorkflowId = "record-fair-sales"

/** Attributes a placed purchase's orders to the fairs and booths they were started from (see recordFairSalesStep). */
export const recordFairSalesWorkflow = createWorkflow(recordFairSalesWorkflowId, (input: { purchase_id: string }) => new WorkflowResponse(recordFairSalesStep(input)))
