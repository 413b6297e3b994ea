import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { normalizeVietnamesePhone } from "../../../modules/cooperative/rules"
import { createSellerWorkflow } from "../../../workflows/seller/create-seller"
import type { CooperativeCreateSellerType } from "./validators"

/** Creates the person for a just-registered seller identity; sign in again afterwards for a full token. */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeCreateSellerType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already has a seller account.")
  const identity = await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an e-mail and password first.")
  const { phone, full_name } = req.validatedBody
  const national = phone ? normalizeVietnamesePhone(phone) : null
  if (phone && !national) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Phone ${phone} is not a Vietnamese number.`)
  const { result } = await createSellerWorkflow(req.scope).run({
    input: { auth_identity_id: identity.id, seller: { email, full_name, phone: national } },
  })
  res.status(201).json({ seller: { id: result.id, email: result.email, full_name: result.full_name, phone: result.phone } })
}
