import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_PRODUCT_SETS } from "../../../../modules/ocop/rules/product-sets"

/** GET /store/ocop/product-sets — the 26 OCOP product sets with their group and names. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json({ product_sets: OCOP_PRODUCT_SETS })
}
