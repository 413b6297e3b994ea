import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activeCooperative } from "../../active-cooperative"
import { loadCertificate } from "../certificate-view"

/** GET /cooperative/ocop-certificates/:id — one of the active cooperative's certificates, with its history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ certificate: await loadCertificate(req.scope, req.params.id, { cooperativeId: activeCooperative(req).id }) })
}
