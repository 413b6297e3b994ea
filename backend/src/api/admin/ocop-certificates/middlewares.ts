import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListOcopCertificates, AdminOcopCertificateReason, AdminVerifyOcopCertificate } from "./validators"

// Every /admin route already requires a signed-in operator (Medusa's admin authentication).
export const adminOcopCertificateMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/ocop-certificates", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListOcopCertificates, {})] },
  { matcher: "/admin/ocop-certificates/:id/verify", method: ["POST"], middlewares: [validateAndTransformBody(AdminVerifyOcopCertificate)] },
  { matcher: "/admin/ocop-certificates/:id/reject", method: ["POST"], middlewares: [validateAndTransformBody(AdminOcopCertificateReason)] },
  { matcher: "/admin/ocop-certificates/:id/revoke", method: ["POST"], middlewares: [validateAndTransformBody(AdminOcopCertificateReason)] },
]
