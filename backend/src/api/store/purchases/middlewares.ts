import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetPurchase, StorePlacePurchase } from "./validators"

// Medusa requires the publishable key on every /store route, these included.
export const storePurchaseMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/purchases", methods: ["POST"], middlewares: [validateAndTransformBody(StorePlacePurchase)] },
  {
    matcher: "/store/purchases/:id",
    methods: ["GET"],
    // Signed in or not: a customer's purchase is shown only to that customer, a guest's to whoever has its link.
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformQuery(StoreGetPurchase, {})],
  },
]
