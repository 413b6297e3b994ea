import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OcopOperatorAction } from "../../../modules/ocop/status-rules"
import { changeOcopCertificateStatusWorkflow } from "../../../workflows/ocop/change-ocop-certificate-status"
import { loadCertificate } from "../../cooperative/ocop-certificates/certificate-view"

/** Runs an operator's verdict on a certificate, recorded with the operator's id, and answers with the certificate as it now is. */
export async function changeStatus(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse, action: OcopOperatorAction) {
  // An unknown id is a 404 before any rule is checked.
  await loadCertificate(req.scope, req.params.id, { admin: true })
  await changeOcopCertificateStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action, reason: req.validatedBody?.reason ?? null, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.json({ certificate: await loadCertificate(req.scope, req.params.id, { admin: true }) })
}
