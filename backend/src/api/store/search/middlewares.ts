import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreSearch } from "./validators"

// Store routes already require the storefront's publishable key (Medusa's store middleware).
export const storeSearchMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/search", method: ["GET"], middlewares: [validateAndTransformQuery(StoreSearch, {})] }]
