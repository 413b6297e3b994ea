import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CooperativeListOcopCertificates, CooperativeSubmitOcopCertificate } from "./validators"

/** Validation for the seller's OCOP certificates; authentication and the active cooperative come from the /cooperative/ocop prefix. */
export const cooperativeOcopCertificateMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/cooperative/ocop-certificates", middlewares: [validateAndTransformQuery(CooperativeListOcopCertificates, {})] },
  { method: ["POST"], matcher: "/cooperative/ocop-certificates", middlewares: [validateAndTransformBody(CooperativeSubmitOcopCertificate)] },
]
