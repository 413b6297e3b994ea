import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * GET /store/customers/me/open-cart — the id of the customer's most recently changed cart that is not placed yet, or null,
 * so a shopper who signs in on another device finds the cart they left.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id, completed_at: null },
    pagination: { take: 1, order: { updated_at: "DESC" } },
  })
  res.json({ cart_id: (data[0] as { id: string } | undefined)?.id ?? null })
}
