import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCertificate } from "../../../cooperative/ocop-certificates/certificate-view"

/** GET /admin/ocop-certificates/:id — a certificate with its cooperative, products and history. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ certificate: await loadCertificate(req.scope, req.params.id, { admin: true }) })
}
