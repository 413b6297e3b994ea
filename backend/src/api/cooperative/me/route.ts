import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** The signed-in person and the cooperatives they are an active member of. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const seller = await service.retrieveSeller(req.auth_context.actor_id)
  const memberships = await service.listCooperativeMembers(
    { seller_id: seller.id, status: "active" },
    { relations: ["cooperative"], order: { created_at: "ASC" }, take: 50 }
  )
  res.json({
    seller: { id: seller.id, email: seller.email, full_name: seller.full_name, phone: seller.phone },
    memberships: memberships.map((m) => ({
      id: m.id,
      role: m.role,
      cooperative: {
        id: m.cooperative.id,
        handle: m.cooperative.handle,
        name: m.cooperative.name,
        short_name: m.cooperative.short_name,
        status: m.cooperative.status,
        status_reason: m.cooperative.status_reason,
      },
    })),
  })
}
