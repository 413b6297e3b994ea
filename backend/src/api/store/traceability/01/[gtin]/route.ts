import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { gtinPath } from "../../trace-path"
import { tradeItemWithLots } from "../../trade-item-view"

/** GET /store/traceability/01/:gtin — a product's GS1 page: the product, variant and producer, and its lots. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { gtin } = gtinPath(req.params)
  res.json(await tradeItemWithLots(req.scope, gtin))
}
