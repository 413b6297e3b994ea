import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListOcopBadges, StoreListOcopProducts } from "./validators"

// Store routes already require the storefront's publishable key (Medusa's store middleware).
export const storeOcopMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/ocop/badges", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListOcopBadges, {})] },
  { matcher: "/store/ocop/products", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListOcopProducts, {})] },
]
