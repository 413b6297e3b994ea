import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  CooperativeCreateLot,
  CooperativeGetLot,
  CooperativeGetLotLabels,
  CooperativeGetLotQr,
  CooperativeListLots,
  CooperativeRecordTraceEvent,
} from "./validators"

// Validators only: signing in and resolving the active cooperative are applied to /cooperative/lots* by the cooperative middlewares.
export const cooperativeLotMiddlewares: MiddlewareRoute[] = [
  { matcher: "/cooperative/lots", methods: ["GET"], middlewares: [validateAndTransformQuery(CooperativeListLots, {})] },
  { matcher: "/cooperative/lots", methods: ["POST"], middlewares: [validateAndTransformBody(CooperativeCreateLot)] },
  { matcher: "/cooperative/lots/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(CooperativeGetLot, {})] },
  { matcher: "/cooperative/lots/:id/events", methods: ["POST"], middlewares: [validateAndTransformBody(CooperativeRecordTraceEvent)] },
  { matcher: "/cooperative/lots/:id/qr", methods: ["GET"], middlewares: [validateAndTransformQuery(CooperativeGetLotQr, {})] },
  { matcher: "/cooperative/lots/:id/labels", methods: ["GET"], middlewares: [validateAndTransformQuery(CooperativeGetLotLabels, {})] },
]
