import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreFairProducts } from "../../../../../lib/fairs/store-fairs"
import type { StoreListFairProductsType } from "../../validators"

/** GET /store/fairs/:slug/products — what the fair's booths feature, at regular and fair prices. */
export async function GET(req: MedusaRequest<unknown, StoreListFairProductsType>, res: MedusaResponse) {
  res.json({ products: await listStoreFairProducts(req.scope, req.params.slug, req.validatedQuery as StoreListFairProductsType) })
}
