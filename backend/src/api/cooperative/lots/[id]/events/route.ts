import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCooperativeLotRow, toLotJson } from "../../../../../lib/traceability/lot-view"
import { recordTraceEventWorkflow } from "../../../../../workflows/traceability/record-trace-event"
import { activeCooperative } from "../../../active-cooperative"
import type { CooperativeRecordTraceEventType } from "../../validators"

/** POST /cooperative/lots/:id/events — records what happened to the lot; answers the new event and the lot. */
export const POST = async (req: AuthenticatedMedusaRequest<CooperativeRecordTraceEventType>, res: MedusaResponse) => {
  const active = activeCooperative(req)
  const { result } = await recordTraceEventWorkflow(req.scope).run({
    input: { cooperative_id: active.id, lot_id: req.params.id, seller_id: active.seller_id, event: req.validatedBody },
  })
  const lot = toLotJson(await loadCooperativeLotRow(req.scope, active.id, req.params.id))
  res.status(201).json({ event: lot.events.find((e) => e.id === result.id), lot })
}
