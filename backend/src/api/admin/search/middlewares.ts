import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminStartSearchReindex } from "./validators"

// Every /admin route already requires a signed-in operator (Medusa's admin authentication).
export const adminSearchMiddlewares: MiddlewareRoute[] = [{ matcher: "/admin/search/reindex", method: ["POST"], middlewares: [validateAndTransformBody(AdminStartSearchReindex)] }]
