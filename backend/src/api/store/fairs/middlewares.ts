import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetFair, StoreListFairProducts, StoreListFairs, StoreRecordFairVisit } from "./validators"

export const storeFairMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/fairs", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListFairs, {})] },
  { matcher: "/store/fairs/:slug", method: ["GET"], middlewares: [validateAndTransformQuery(StoreGetFair, {})] },
  { matcher: "/store/fairs/:slug/visits", method: ["POST"], middlewares: [validateAndTransformBody(StoreRecordFairVisit)] },
  { matcher: "/store/fairs/:slug/products", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListFairProducts, {})] },
]
