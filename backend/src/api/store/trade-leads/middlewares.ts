import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreCreateTradeLead } from "./validators"

export const storeTradeLeadMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/trade-leads", method: ["POST"], middlewares: [validateAndTransformBody(StoreCreateTradeLead)] }]
