import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListCooperatives } from "./validators"

// Store routes already require the storefront's publishable key (Medusa's store middleware).
export const storeCooperativeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/cooperatives", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListCooperatives, {})] },
]
