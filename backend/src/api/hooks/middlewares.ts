import type { MiddlewareRoute } from "@medusajs/framework/http"
import { STRIPE_PROVIDER_ID } from "../../lib/payment-module"
import { verifyStripeSignature } from "./stripe-signature"

// Medusa's webhook route keeps the raw body (its own middleware); the signature is checked on exactly those bytes.
export const paymentHookMiddlewares: MiddlewareRoute[] = [
  { matcher: `/hooks/payment/${STRIPE_PROVIDER_ID.replace(/^pp_/, "")}`, methods: ["POST"], bodyParser: { preserveRawBody: true }, middlewares: [verifyStripeSignature] },
]
