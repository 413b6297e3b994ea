import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCooperativeShippingOptionsWorkflow } from "../../../../../workflows/cooperative/list-cooperative-shipping-options"
import type { StoreCooperativeShippingOptionsType } from "../../validators"

/**
 * GET /store/cooperatives/:handle/shipping-options?region_id= — how an approved cooperative's products reach a shopper of
 * that region: each option enabled in the store with its price in the region's currency, its delivery days (fewest, most)
 * and, for pickup, the cooperative's address.
 */
export const GET = async (req: MedusaRequest<unknown, StoreCooperativeShippingOptionsType>, res: MedusaResponse) => {
  const { region_id } = req.validatedQuery as StoreCooperativeShippingOptionsType
  const { result } = await listCooperativeShippingOptionsWorkflow(req.scope).run({ input: { handle: req.params.handle, region_id } })
  res.json({ shipping_options: result })
}
