import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setArchived } from "../../archive"

/** Brings an archived product back on sale. */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) => setArchived(req, res, false)
