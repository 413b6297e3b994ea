import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminChangeFairStatus, AdminCreateFair, AdminDecideBooth, AdminFairReport, AdminInviteCooperative, AdminListFairs, AdminUpdateFair } from "./validators"

// Every /admin route already requires a signed-in operator (Medusa's admin authentication).
export const adminFairMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/fairs", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListFairs, {})] },
  { matcher: "/admin/fairs", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateFair)] },
  { matcher: "/admin/fairs/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateFair)] },
  { matcher: "/admin/fairs/:id/status", method: ["POST"], middlewares: [validateAndTransformBody(AdminChangeFairStatus)] },
  { matcher: "/admin/fairs/:id/report", method: ["GET"], middlewares: [validateAndTransformQuery(AdminFairReport, {})] },
  { matcher: "/admin/fairs/:id/booths", method: ["POST"], middlewares: [validateAndTransformBody(AdminInviteCooperative)] },
  { matcher: "/admin/fairs/:id/booths/:booth_id", method: ["POST"], middlewares: [validateAndTransformBody(AdminDecideBooth)] },
]
