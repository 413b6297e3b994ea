import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isRetiredCart } from "../../../../../lib/carts/cart-merge"

// A customer has a few open carts at most (one per device, plus those retired by merges); read them a page at a time.
const PAGE = 20

/**
 * GET /store/customers/me/open-cart — the id of the customer's most recently changed cart that is not placed yet, or null,
 * so a shopper who signs in on another device finds the cart they left. A cart retired by a merge
 * (`metadata.merged_into_cart_id`, see the merge-customer-carts workflow) is skipped: its lines live on in the cart it names.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "metadata"],
      filters: { customer_id: req.auth_context.actor_id, completed_at: null },
      pagination: { skip, take: PAGE, order: { updated_at: "DESC" } },
    })
    const carts = data as { id: string; metadata?: Record<string, unknown> | null }[]
    const open = carts.find((cart) => !isRetiredCart(cart))
    if (open || carts.length < PAGE) return res.json({ cart_id: open?.id ?? null })
  }
}
