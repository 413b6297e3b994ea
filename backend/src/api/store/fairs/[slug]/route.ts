import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveStoreFair } from "../../../../lib/fairs/store-fairs"

/** GET /store/fairs/:slug — a fair with its booths. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ fair: await retrieveStoreFair(req.scope, req.params.slug, new Date()) })
}
