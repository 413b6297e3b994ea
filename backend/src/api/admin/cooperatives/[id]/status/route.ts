import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCooperativeStatusWorkflow } from "../../../../../workflows/cooperative/change-cooperative-status"
import type { AdminChangeCooperativeStatusType } from "../../validators"

/** POST /admin/cooperatives/:id/status — approve, reject (with reason) or suspend (with reason); recorded with the operator's id. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminChangeCooperativeStatusType>, res: MedusaResponse) => {
  const { action, reason } = req.validatedBody
  const { result } = await changeCooperativeStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action, reason, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.json({ cooperative: result })
}
