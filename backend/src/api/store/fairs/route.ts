import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreFairs } from "../../../lib/fairs/store-fairs"
import type { StoreListFairsType } from "./validators"

/** GET /store/fairs — live, upcoming and past fairs (`status` picks one), with each one's phase. */
export async function GET(req: MedusaRequest<unknown, StoreListFairsType>, res: MedusaResponse) {
  res.json(await listStoreFairs(req.scope, req.validatedQuery as StoreListFairsType, new Date()))
}
