import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setArchived } from "../../archive"

/** Hides a product from shoppers and from the default list; its orders and history stay. */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) => setArchived(req, res, true)
