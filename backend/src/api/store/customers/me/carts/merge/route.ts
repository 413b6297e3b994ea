import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mergeCustomerCartsWorkflow } from "../../../../../../workflows/cart/merge-customer-carts"
import type { StoreMergeCustomerCartsType } from "../../../validators"

/**
 * POST /store/customers/me/carts/merge `{ cart_id }` — at sign-in, the cart this browser holds becomes the customer's and
 * the lines of their other open carts in its region move into it; answers what was added, what could not be (and why),
 * which carts were merged and which, in another region, were left as they are.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreMergeCustomerCartsType>, res: MedusaResponse) => {
  const { result } = await mergeCustomerCartsWorkflow(req.scope).run({
    input: { cart_id: req.validatedBody.cart_id, customer_id: req.auth_context.actor_id },
  })
  res.json({ merge: result })
}
