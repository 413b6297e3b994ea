import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { paymentRefusal } from "../payment-rules"
import type { CooperativeOrderState } from "../state-rules"

/** Id of the step that finds one of a cooperative's orders and the shopper's payment it takes its money from. */
export const loadOrderPaymentStepId = "load-order-payment"

export type LoadOrderPaymentInput = { order_id: string; cooperative_id: string }

/** An order whose payment a cooperative records: its amount, and the purchase's payment to capture it from (if any). */
export type LoadedOrderPayment = { cooperative_order_id: string; order_id: string; amount: BigNumberInput; currency_code: string; payment_id: string | null }

type Row = {
  id: string
  total: BigNumberInput
  currency_code: string
  cooperative_order?: { id: string; state: CooperativeOrderState; cooperative_id: string; paid_at: string | null; payment_method?: string } | null
  cart?: { payment_collection?: { payments?: ({ id: string; canceled_at?: string | null } | null)[] | null } | null } | null
}

/** Finds the order (another cooperative's is "not found") and refuses a canceled or already paid one. */
export const loadOrderPaymentStep = createStep(loadOrderPaymentStepId, async (input: LoadOrderPaymentInput, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "currency_code",
      "cooperative_order.id",
      "cooperative_order.state",
      "cooperative_order.cooperative_id",
      "cooperative_order.paid_at",
      "cooperative_order.payment_method",
      "cart.payment_collection.payments.id",
      "cart.payment_collection.payments.canceled_at",
    ],
    filters: { id: input.order_id },
  })
  const order = data[0] as unknown as Row | undefined
  const side = order?.cooperative_order
  if (!order || !side || side.cooperative_id !== input.cooperative_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order with id "${input.order_id}".`)
  const refusal = paymentRefusal(side)
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  const payment = (order.cart?.payment_collection?.payments ?? []).find((p) => p && !p.canceled_at)
  const loaded: LoadedOrderPayment = {
    cooperative_order_id: side.id,
    order_id: order.id,
    amount: MathBN.convert(order.total).toNumber(),
    currency_code: order.currency_code,
    payment_id: payment?.id ?? null,
  }
  return new StepResponse(loaded)
})
