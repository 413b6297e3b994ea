import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CooperativeOrderAction, type CooperativeOrderState, nextOrderState } from "../state-rules"

/** Id of the step that finds one of a cooperative's orders and checks the action is allowed. */
export const loadCooperativeOrderStepId = "load-cooperative-order"

export type LoadCooperativeOrderInput = { order_id: string; cooperative_id: string; action: CooperativeOrderAction }

/** A cooperative's order as its actions need it. */
export type LoadedCooperativeOrder = {
  cooperative_order_id: string
  state: CooperativeOrderState
  next_state: CooperativeOrderState
  order_id: string
  items: { id: string; quantity: number }[]
  location_id: string | null
}

type Row = {
  id: string
  items?: { id: string; quantity: BigNumberInput }[] | null
  cooperative_order?: { id: string; state: CooperativeOrderState; cooperative_id: string; cooperative?: { stock_location?: { id: string } | null } | null } | null
}

/** Finds the order; another cooperative's order is "not found" (404), never "forbidden", so order ids cannot be probed. */
export const loadCooperativeOrderStep = createStep(loadCooperativeOrderStepId, async (input: LoadCooperativeOrderInput, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      // The order module fills a line's quantity from its order item only when the whole line is asked for.
      "items.*",
      "cooperative_order.id",
      "cooperative_order.state",
      "cooperative_order.cooperative_id",
      "cooperative_order.cooperative.stock_location.id",
    ],
    filters: { id: input.order_id },
  })
  const order = data[0] as unknown as Row | undefined
  const side = order?.cooperative_order
  if (!order || !side || side.cooperative_id !== input.cooperative_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order with id "${input.order_id}".`)
  }
  const next = nextOrderState(side.state, input.action)
  if ("error" in next) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.error)
  const loaded: LoadedCooperativeOrder = {
    cooperative_order_id: side.id,
    state: side.state,
    next_state: next.state,
    order_id: order.id,
    items: (order.items ?? []).map((i) => ({ id: i.id, quantity: MathBN.convert(i.quantity).toNumber() })),
    location_id: side.cooperative?.stock_location?.id ?? null,
  }
  return new StepResponse(loaded)
})
