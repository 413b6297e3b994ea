import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { featureBoothProductsStep } from "./steps/feature-booth-products"
import { placeBoothStep } from "./steps/place-booth"

/** Id of the workflow in which a cooperative applies for a booth at a fair. */
export const applyToFairWorkflowId = "apply-to-fair"

export type ApplyToFairInput = { fair_id: string; cooperative_id: string; items: { variant_id: string; fair_price: number }[]; now: Date }

/** A cooperative applies for a booth with the products it will feature at fair prices; an operator then decides. */
export const applyToFairWorkflow = createWorkflow(applyToFairWorkflowId, (input: ApplyToFairInput) => {
  const booth = placeBoothStep(transform({ input }, ({ input }) => ({ fair_id: input.fair_id, cooperative_id: input.cooperative_id, status: "applied" as const, now: input.now })))
  featureBoothProductsStep(transform({ input, booth }, ({ input, booth }) => ({ booth_id: booth.id, cooperative_id: input.cooperative_id, items: input.items })))
  return new WorkflowResponse(booth)
})
