import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import type { CooperativeOrderActionInput } from "./confirm-cooperative-order"
import { CARRIER_METADATA_KEY } from "./shipments"
import { loadCooperativeOrderStep } from "./steps/load-cooperative-order"
import { updateCooperativeOrderStep } from "./steps/update-cooperative-order"

/** Id of the workflow in which a cooperative hands an order to a carrier. */
export const shipCooperativeOrderWorkflowId = "ship-cooperative-order"

export type ShipCooperativeOrderInput = CooperativeOrderActionInput & { carrier: string; tracking_code: string; shipped_by: string }

/**
 * A cooperative ships every line of an order from its location: a Medusa fulfillment (carrier in its metadata), the
 * shipment with the tracking code as label, and the cooperative's side moves to shipped.
 */
export const shipCooperativeOrderWorkflow = createWorkflow(shipCooperativeOrderWorkflowId, (input: ShipCooperativeOrderInput) => {
  const loaded = loadCooperativeOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, cooperative_id: input.cooperative_id, action: "ship" as const }))
  )
  updateCooperativeOrderStep(transform({ loaded }, ({ loaded }) => ({ id: loaded.cooperative_order_id, state: loaded.next_state, shipped_at: new Date() })))

  const fulfillmentInput = transform({ input, loaded }, ({ input, loaded }) => {
    if (!loaded.location_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your cooperative has no stock location to ship from yet.")
    return {
      order_id: loaded.order_id,
      items: loaded.items,
      location_id: loaded.location_id,
      created_by: input.shipped_by,
      metadata: { [CARRIER_METADATA_KEY]: input.carrier },
    }
  })
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
  const shipmentInput = transform({ input, loaded, fulfillment }, ({ input, loaded, fulfillment }) => ({
    order_id: loaded.order_id,
    fulfillment_id: fulfillment.id,
    items: loaded.items,
    created_by: input.shipped_by,
    labels: [{ tracking_number: input.tracking_code, tracking_url: "", label_url: "" }],
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
  return new WorkflowResponse(transform({ loaded }, ({ loaded }) => ({ order_id: loaded.order_id })))
})
