import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_PRODUCT_SETS } from "../../../../modules/ocop/rules/product-sets"

/** GET /cooperative/ocop/product-sets — the 26 OCOP product sets, for the certificate form. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product_sets: OCOP_PRODUCT_SETS })
}
