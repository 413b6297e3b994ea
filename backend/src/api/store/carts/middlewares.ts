import { type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StoreCartPriceCheck, StoreCartShippingGroups } from "./validators"

// Medusa requires the publishable key on every /store route, this one included.
export const storeCartShippingGroupMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/shipping-groups", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreCartShippingGroups, {})] },
  { matcher: "/store/carts/:id/price-check", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCartPriceCheck)] },
]

// Medusa's own completion would put every cooperative's lines into one order, with stock taken from any location.
function refuseSingleOrderCompletion(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Place the order with POST /store/purchases, which makes one order per cooperative."))
}

/** Closes Medusa's cart completion route: a cart becomes a purchase through POST /store/purchases only. */
export const storeCartCompletionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [refuseSingleOrderCompletion] },
]
