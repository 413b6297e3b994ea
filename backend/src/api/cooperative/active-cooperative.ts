import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/** The cooperative a seller request acts on, and the caller's place in it. */
export type ActiveCooperative = {
  id: string
  status: "pending" | "approved" | "rejected" | "suspended"
  role: "owner" | "staff"
  member_id: string
  seller_id: string
}

const ACTIVE = Symbol("activeCooperative")
type WithActive = { [ACTIVE]?: ActiveCooperative }

/** Header that names the active cooperative for a person who belongs to several. */
export const COOPERATIVE_HEADER = "x-cooperative-id"

/** Resolves the active cooperative from the caller's active memberships; 403 for any other cooperative. */
export async function resolveActiveCooperative(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const sellerId = req.auth_context?.actor_id
  if (!sellerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a cooperative user first.")
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const memberships = await service.listCooperativeMembers(
    { seller_id: sellerId, status: "active" },
    { relations: ["cooperative"], take: 50 }
  )
  const requested = req.get(COOPERATIVE_HEADER)?.trim()
  const membership = requested ? memberships.find((m) => m.cooperative.id === requested) : memberships.length === 1 ? memberships[0] : undefined
  if (!membership) {
    if (requested) throw new MedusaError(MedusaError.Types.FORBIDDEN, "You are not a member of this cooperative.")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      memberships.length ? `You belong to several cooperatives: name one in the ${COOPERATIVE_HEADER} header.` : "You do not belong to a cooperative yet: register one first."
    )
  }
  ;(req as WithActive)[ACTIVE] = {
    id: membership.cooperative.id,
    status: membership.cooperative.status,
    role: membership.role,
    member_id: membership.id,
    seller_id: sellerId,
  }
  next()
}

/** The active cooperative resolved for this request; routes behind `resolveActiveCooperative` always have one. */
export function activeCooperative(req: AuthenticatedMedusaRequest): ActiveCooperative {
  const active = (req as WithActive)[ACTIVE]
  if (!active) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "No active cooperative on this request.")
  return active
}

/** Refuses a staff member where only an owner may act. */
export function requireOwner(req: AuthenticatedMedusaRequest, action: string): ActiveCooperative {
  const active = activeCooperative(req)
  if (active.role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only an owner of the cooperative can ${action}.`)
  return active
}
