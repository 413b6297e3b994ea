import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCooperativeLotRow, toLotJson } from "../../../lib/traceability/lot-view"
import { createLotWorkflow } from "../../../workflows/traceability/create-lot"
import { activeCooperative } from "../active-cooperative"
import { listCooperativeLots } from "./lot-list"
import type { CooperativeCreateLotType, CooperativeListLotsType } from "./validators"

/** GET /cooperative/lots — the active cooperative's lots, newest first, by product or search. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CooperativeListLotsType>, res: MedusaResponse) => {
  res.json(await listCooperativeLots(req.scope, activeCooperative(req).id, req.validatedQuery))
}

/** POST /cooperative/lots — opens a lot of one of the cooperative's product variants. */
export const POST = async (req: AuthenticatedMedusaRequest<CooperativeCreateLotType>, res: MedusaResponse) => {
  const cooperativeId = activeCooperative(req).id
  const { result } = await createLotWorkflow(req.scope).run({ input: { cooperative_id: cooperativeId, lot: req.validatedBody } })
  res.status(201).json({ lot: toLotJson(await loadCooperativeLotRow(req.scope, cooperativeId, result.id)) })
}
