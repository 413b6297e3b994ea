import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { CooperativeApplyToFair } from "./validators"

// Signing in and resolving the active cooperative are applied to /cooperative/fairs* by the cooperative middlewares.
export const cooperativeFairMiddlewares: MiddlewareRoute[] = [{ matcher: "/cooperative/fairs/:id/apply", method: ["POST"], middlewares: [validateAndTransformBody(CooperativeApplyToFair)] }]
