import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { updateCooperativeProfileWorkflow } from "../../../workflows/cooperative/update-cooperative-profile"
import { activeCooperative, requireOwner } from "../active-cooperative"
import { BANK_FIELDS } from "../cooperative-fields"
import { toProfile } from "./serialize"
import type { CooperativeUpdateProfileType } from "./validators"

/** The active cooperative's own profile, bank details included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cooperative = await req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).retrieveCooperative(activeCooperative(req).id)
  res.json({ cooperative: toProfile(cooperative) })
}

/** Edits the profile; bank details are an owner's decision. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeUpdateProfileType>, res: MedusaResponse) {
  const body = req.validatedBody
  const active = BANK_FIELDS.some((field) => field in body) ? requireOwner(req, "change the bank account") : activeCooperative(req)
  const { result } = await updateCooperativeProfileWorkflow(req.scope).run({ input: { id: active.id, ...body } })
  res.json({ cooperative: toProfile(result) })
}
