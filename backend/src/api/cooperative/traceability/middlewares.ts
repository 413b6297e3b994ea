import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { CooperativeGetTraceVocabulary } from "./validators"

// Validators only: /cooperative/traceability* is signed in and scoped to the active cooperative by the cooperative middlewares.
export const cooperativeTraceabilityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/cooperative/traceability/vocabulary", methods: ["GET"], middlewares: [validateAndTransformQuery(CooperativeGetTraceVocabulary, {})] },
]
