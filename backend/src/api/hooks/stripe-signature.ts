import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"

/**
 * Refuses (400) a Stripe webhook that Stripe did not sign with STRIPE_WEBHOOK_SECRET: unsigned, forged, altered or
 * replayed (older than Stripe's five-minute tolerance). Medusa would otherwise accept it and only fail later in the
 * background; here it never reaches the event bus.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer | string }).rawBody
  if (!secret) {
    res.status(400).json({ type: "not_allowed", message: "Stripe payments are not enabled here." })
    return
  }
  if (typeof signature !== "string" || raw === undefined) {
    res.status(400).json({ type: "invalid_data", message: "A Stripe webhook must carry Stripe's signature (Stripe-Signature header)." })
    return
  }
  try {
    Stripe.webhooks.constructEvent(raw, signature, secret)
  } catch {
    res.status(400).json({ type: "invalid_data", message: "The Stripe signature does not match this webhook; it was not sent by Stripe." })
    return
  }
  next()
}
