import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetPurchase, StorePlacePurchase } from "./validators"

// Medusa requires the publishable key on every /store route, these included.
export const storePurchaseMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/purchases", methods: ["POST"], middlewares: [validateAndTransformBody(StorePlacePurchase)] },
  { matcher: "/store/purchases/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetPurchase, {})] },
]
