import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendTraceEventStep } from "./steps/append-trace-event"
import { checkTraceEventStep } from "./steps/check-trace-event"
import type { TraceEventInput } from "./types"

export const RECORD_TRACE_EVENT_WORKFLOW = "record-trace-event"

/** A cooperative records what happened to one of its lots; the event joins the lot's hash chain, or nothing is written. */
export const recordTraceEventWorkflow = createWorkflow(
  RECORD_TRACE_EVENT_WORKFLOW,
  (input: { cooperative_id: string; lot_id: string; seller_id: string; event: TraceEventInput }) => {
    const prepared = checkTraceEventStep(input)
    const appended = appendTraceEventStep(transform({ input, prepared }, ({ input, prepared }) => ({ lot_id: input.lot_id, event: prepared })))
    return new WorkflowResponse(appended)
  }
)
