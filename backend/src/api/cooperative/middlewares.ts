import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { resolveActiveCooperative } from "./active-cooperative"
import { CooperativeRegisterCooperative } from "./cooperatives/validators"
import { CooperativeInviteMember } from "./members/validators"
import { CooperativeCreateProduct, CooperativeListProducts, CooperativeUpdateProduct } from "./products/validators"
import { CooperativeUpdateProfile } from "./profile/validators"
import { CooperativeCreateSeller } from "./sellers/validators"

const seller = authenticate("seller", ["bearer", "session"])

// Routes about one cooperative: the caller must be an active member of it.
const COOPERATIVE_SCOPED = ["profile", "dashboard", "members", "products", "categories", "uploads", "orders", "ocop", "documents", "lots", "traceability", "fairs", "trade-leads"]

/** Authentication, active-cooperative resolution and body validation for the seller API. */
export const cooperativeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/cooperative/sellers",
    middlewares: [authenticate("seller", ["bearer"], { allowUnregistered: true }), validateAndTransformBody(CooperativeCreateSeller)],
  },
  { method: ["GET"], matcher: "/cooperative/me", middlewares: [seller] },
  { method: ["POST"], matcher: "/cooperative/cooperatives", middlewares: [seller, validateAndTransformBody(CooperativeRegisterCooperative)] },
  { method: ["POST"], matcher: "/cooperative/invitations/:token/accept", middlewares: [seller] },
  ...COOPERATIVE_SCOPED.map((resource) => ({ matcher: `/cooperative/${resource}*`, middlewares: [seller, resolveActiveCooperative] })),
  { method: ["POST"], matcher: "/cooperative/profile", middlewares: [validateAndTransformBody(CooperativeUpdateProfile)] },
  { method: ["POST"], matcher: "/cooperative/members", middlewares: [validateAndTransformBody(CooperativeInviteMember)] },
  { method: ["GET"], matcher: "/cooperative/products", middlewares: [validateAndTransformQuery(CooperativeListProducts, {})] },
  { method: ["POST"], matcher: "/cooperative/products", middlewares: [validateAndTransformBody(CooperativeCreateProduct)] },
  { method: ["POST"], matcher: "/cooperative/products/:id", middlewares: [validateAndTransformBody(CooperativeUpdateProduct)] },
]
