import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeStatus } from "../../change-status"
import type { AdminVerifyOcopCertificateType } from "../../validators"

/** POST /admin/ocop-certificates/:id/verify — verifies a submitted certificate: its products show the OCOP badge until the expiry day. */
export const POST = (req: AuthenticatedMedusaRequest<AdminVerifyOcopCertificateType>, res: MedusaResponse) => changeStatus(req, res, "verify")
