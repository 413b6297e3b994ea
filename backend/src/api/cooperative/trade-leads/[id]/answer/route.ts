import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCooperativeLeads } from "../../../../../lib/fairs/trade-leads"
import { answerTradeLeadWorkflow } from "../../../../../workflows/trade-lead/answer-trade-lead"
import { activeCooperative } from "../../../active-cooperative"
import type { CooperativeAnswerTradeLeadType } from "../../validators"

/** POST /cooperative/trade-leads/:id/answer — the cooperative answers; the buyer is e-mailed the answer. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeAnswerTradeLeadType>, res: MedusaResponse) {
  const cooperativeId = activeCooperative(req).id
  await answerTradeLeadWorkflow(req.scope).run({ input: { id: req.params.id, cooperative_id: cooperativeId, answer: req.validatedBody.answer } })
  res.json({ trade_lead: (await listCooperativeLeads(req.scope, cooperativeId)).find((l) => l.id === req.params.id) })
}
