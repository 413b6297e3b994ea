import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetTraceability } from "./validators"

// Store routes already require the storefront's publishable key; the GTIN and lot in the path are read by each route (400 with the reason).
export const storeTraceabilityMiddlewares: MiddlewareRoute[] = [
  "/store/traceability/01/:gtin",
  "/store/traceability/01/:gtin/10/:lot",
  "/store/traceability/01/:gtin/10/:lot/epcis",
].map((matcher) => ({ matcher, methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetTraceability, {})] }))
