import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type { NewTraceEvent } from "../../../modules/traceability/service"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export const APPEND_TRACE_EVENT_STEP = "append-trace-event"

/** Appends the event to its lot's hash chain, one append per lot at a time (undone by taking it back off the end). */
export const appendTraceEventStep = createStep(
  APPEND_TRACE_EVENT_STEP,
  async (input: { lot_id: string; event: NewTraceEvent }, { container }) => {
    const created = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).appendTraceEvent(input.lot_id, input.event)
    return new StepResponse({ id: created.id }, { lot_id: input.lot_id, id: created.id })
  },
  async (appended, { container }) => {
    if (!appended) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).removeLastTraceEvent(appended.lot_id, appended.id)
  }
)
