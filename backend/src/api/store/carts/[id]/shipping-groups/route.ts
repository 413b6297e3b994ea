import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCartShippingGroupsWorkflow } from "../../../../../workflows/purchase/list-cart-shipping-groups"

/** GET /store/carts/:id/shipping-groups — the cart's lines per cooperative, each with its priced shipping options and the one chosen. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result } = await listCartShippingGroupsWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.json({ groups: result })
}
