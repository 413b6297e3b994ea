import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addToCartWorkflow, releaseLockStep, transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import type { CartMergePlan } from "../../lib/carts/cart-merge"
import { planCartMergeStep } from "./steps/plan-cart-merge"
import { retireMergedCartsStep } from "./steps/retire-merged-carts"

/** Id of the workflow that moves a customer's other open carts into the cart they use now. */
export const mergeCustomerCartsWorkflowId = "merge-customer-carts"

export type MergeCustomerCartsInput = { cart_id: string; customer_id: string }

export type MergeCustomerCartsResult = Omit<CartMergePlan, "items"> & { cart_id: string }

/**
 * At sign-in: the cart this browser holds becomes the customer's, and the lines of their other open carts in the same
 * region move into it (same variant and metadata add up; what cannot be added is reported). The carts merged are retired
 * with `metadata.merged_into_cart_id`, not deleted: the open-cart route skips them and they stay readable as a record.
 * Carts in another region stay open as they are. One merge per customer at a time, so a double call cannot add twice.
 */
export const mergeCustomerCartsWorkflow = createWorkflow(mergeCustomerCartsWorkflowId, (input: MergeCustomerCartsInput) => {
  const lockKey = transform({ input }, ({ input }) => `merge-customer-carts:${input.customer_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const plan = planCartMergeStep(input)

  when("cart-is-a-guests", { plan }, ({ plan }) => plan.transfer).then(() => {
    transferCartCustomerWorkflow.runAsStep({ input: { id: input.cart_id, customer_id: input.customer_id } })
  })
  when("merge-has-lines", { plan }, ({ plan }) => plan.items.length > 0).then(() => {
    addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items: plan.items } })
  })
  retireMergedCartsStep(transform({ plan, input }, ({ plan, input }) => ({ cart_ids: plan.merged_cart_ids, into_cart_id: input.cart_id })))
  releaseLockStep({ key: lockKey })

  const result = transform({ plan, input }, ({ plan, input }): MergeCustomerCartsResult => {
    const { items: _items, transfer: _transfer, ...report } = plan
    return { cart_id: input.cart_id, ...report }
  })
  return new WorkflowResponse(result)
})
