import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminSettlementQuery } from "./validators"

// Every /admin route already requires a signed-in operator (Medusa's admin authentication).
export const adminSettlementMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/settlements", method: ["GET"], middlewares: [validateAndTransformQuery(AdminSettlementQuery, {})] },
  { matcher: "/admin/settlements/:cooperative_id", method: ["GET"], middlewares: [validateAndTransformQuery(AdminSettlementQuery, {})] },
]
