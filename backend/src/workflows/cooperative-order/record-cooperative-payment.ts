import { acquireLockStep, addOrderTransactionStep, capturePaymentStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CooperativeOrderActionInput } from "./confirm-cooperative-order"
import { loadOrderPaymentStep } from "./steps/load-order-payment"
import { updateCooperativeOrderStep } from "./steps/update-cooperative-order"

/** Id of the workflow in which a cooperative records that an order's money reached it. */
export const recordCooperativePaymentWorkflowId = "record-cooperative-payment"

/**
 * A cooperative records that it has the money for an order: cash the courier collected, or a VietQR transfer seen in its
 * account. The order is marked paid, its share of the shopper's payment is captured and written on the order as a
 * transaction. Once per order: a second click is refused, and two at once wait for each other.
 */
export const recordCooperativePaymentWorkflow = createWorkflow(recordCooperativePaymentWorkflowId, (input: CooperativeOrderActionInput) => {
  acquireLockStep({ key: transform({ input }, ({ input }) => `order-payment:${input.order_id}`), timeout: 10, ttl: 30 })
  const loaded = loadOrderPaymentStep(input)
  updateCooperativeOrderStep(transform({ loaded }, ({ loaded }) => ({ id: loaded.cooperative_order_id, paid_at: new Date() })))
  when("capture-order-share", { loaded }, ({ loaded }) => !!loaded.payment_id).then(() => {
    addOrderTransactionStep(
      transform({ loaded }, ({ loaded }) => ({
        order_id: loaded.order_id,
        amount: loaded.amount,
        currency_code: loaded.currency_code,
        reference: "capture",
        reference_id: loaded.payment_id!,
      }))
    )
    // Captured last: nothing can fail after the money is taken.
    capturePaymentStep(transform({ loaded }, ({ loaded }) => ({ payment_id: loaded.payment_id!, amount: loaded.amount })))
  })
  releaseLockStep({ key: transform({ input }, ({ input }) => `order-payment:${input.order_id}`) })
  return new WorkflowResponse(transform({ loaded }, ({ loaded }) => ({ order_id: loaded.order_id })))
})
