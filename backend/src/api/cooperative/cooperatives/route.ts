import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerCooperativeWorkflow } from "../../../workflows/seller/register-cooperative"
import { toProfile } from "../profile/serialize"
import type { CooperativeRegisterCooperativeType } from "./validators"

/** Registers a cooperative with the caller as owner; it waits for an operator's approval. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeRegisterCooperativeType>, res: MedusaResponse) {
  const { result } = await registerCooperativeWorkflow(req.scope).run({
    input: { seller_id: req.auth_context.actor_id, application: req.validatedBody },
  })
  res.status(201).json({ cooperative: toProfile(result) })
}
