import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeStatus } from "../../change-status"
import type { AdminOcopCertificateReasonType } from "../../validators"

/** POST /admin/ocop-certificates/:id/reject — refuses a submitted certificate, with the reason the cooperative reads. */
export const POST = (req: AuthenticatedMedusaRequest<AdminOcopCertificateReasonType>, res: MedusaResponse) => changeStatus(req, res, "reject")
