import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkNewLotStep } from "./steps/check-new-lot"
import { createLotStep } from "./steps/create-lot"
import { ensureTradeItemStep } from "./steps/ensure-trade-item"
import type { NewLotInput } from "./types"

export const CREATE_LOT_WORKFLOW = "create-lot"

/** Emitted with { id, variant_id } once a lot exists (its certifications are what the search facet reads). */
export const LOT_CREATED_EVENT = "traceability.lot_created"

/** A cooperative opens a lot of one of its product variants: the GTIN's trade item is created on first use, then the lot and its certifications. */
export const createLotWorkflow = createWorkflow(CREATE_LOT_WORKFLOW, (input: { cooperative_id: string; lot: NewLotInput }) => {
  // Two first lots at once must not give one variant two GTINs, or one GTIN two variants.
  const lockKeys = transform({ input }, ({ input }) => [`lot-variant:${input.lot.variant_id}`, `lot-gtin:${input.lot.gtin}`])
  acquireLockStep({ key: lockKeys, timeout: 15, ttl: 60 })
  const checked = checkNewLotStep(input)
  const item = ensureTradeItemStep(
    transform({ input, checked }, ({ input, checked }) => ({
      gtin14: checked.gtin14,
      trade_item_id: checked.trade_item_id,
      variant_id: input.lot.variant_id,
      cooperative_id: input.cooperative_id,
    }))
  )
  const lot = createLotStep(transform({ input, checked, item }, ({ input, checked, item }) => ({ trade_item_id: item.id, gtin14: checked.gtin14, lot: input.lot })))
  releaseLockStep({ key: lockKeys })
  emitEventStep({ eventName: LOT_CREATED_EVENT, data: transform({ input, lot }, ({ input, lot }) => ({ id: lot.id, variant_id: input.lot.variant_id })) })
  return new WorkflowResponse(lot)
})
