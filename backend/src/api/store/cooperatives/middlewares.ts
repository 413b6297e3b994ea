import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreCooperativeShippingOptions, StoreListCooperatives } from "./validators"

// Store routes already require the storefront's publishable key (Medusa's store middleware).
// `methods` (not the deprecated `method`, which Medusa ignores) keeps each validator on its own path, not every path below it.
export const storeCooperativeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/cooperatives", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListCooperatives, {})] },
  {
    matcher: "/store/cooperatives/:handle/shipping-options",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreCooperativeShippingOptions, {})],
  },
]
