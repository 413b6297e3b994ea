import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CooperativeCancelOrder, CooperativeConfirmOrder, CooperativeGetOrder, CooperativeListOrders, CooperativeRecordPayment, CooperativeShipOrder } from "./validators"

// Validators only: signing in and resolving the active cooperative are applied to /cooperative/orders* by the cooperative middlewares.
export const cooperativeOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/cooperative/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(CooperativeListOrders, {})] },
  { matcher: "/cooperative/orders/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(CooperativeGetOrder, {})] },
  { matcher: "/cooperative/orders/:id/confirm", methods: ["POST"], middlewares: [validateAndTransformBody(CooperativeConfirmOrder)] },
  { matcher: "/cooperative/orders/:id/ship", methods: ["POST"], middlewares: [validateAndTransformBody(CooperativeShipOrder)] },
  { matcher: "/cooperative/orders/:id/payment", methods: ["POST"], middlewares: [validateAndTransformBody(CooperativeRecordPayment)] },
  { matcher: "/cooperative/orders/:id/cancel", methods: ["POST"], middlewares: [validateAndTransformBody(CooperativeCancelOrder)] },
]
