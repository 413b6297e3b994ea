import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { CooperativeAnswerTradeLead } from "./validators"

// Signing in and resolving the active cooperative are applied to /cooperative/trade-leads* by the cooperative middlewares.
export const cooperativeTradeLeadMiddlewares: MiddlewareRoute[] = [
  { matcher: "/cooperative/trade-leads/:id/answer", method: ["POST"], middlewares: [validateAndTransformBody(CooperativeAnswerTradeLead)] },
]
