import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminChangeCooperativeStatus, AdminListCooperatives } from "./validators"

// Every /admin route already requires a signed-in operator (Medusa's admin authentication).
export const adminCooperativeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/cooperatives", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListCooperatives, {})] },
  { matcher: "/admin/cooperatives/:id/status", method: ["POST"], middlewares: [validateAndTransformBody(AdminChangeCooperativeStatus)] },
]
