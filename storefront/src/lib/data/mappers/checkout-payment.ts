import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import { PAYMENT_METHODS, type PaymentMethod } from "../payment-views"

/** Medusa's built-in payment provider; it stands for cash on delivery. */
export const CASH_ON_DELIVERY_PROVIDER = "pp_system_default"
/** The backend's VietQR provider: a bank transfer straight to each cooperative's account. */
export const VIETQR_PROVIDER = "pp_vietqr_vietqr"
/** Medusa's Stripe provider as the backend registers it: card payments for buyers abroad. */
export const STRIPE_PROVIDER = "pp_stripe_stripe"

const PROVIDER_OF: Record<PaymentMethod, string> = { cash_on_delivery: CASH_ON_DELIVERY_PROVIDER, vietqr: VIETQR_PROVIDER, card: STRIPE_PROVIDER }

/** Where the cart remembers the shopper's choice, so a payment session Medusa drops (new totals) can be set up again the same way. */
export const PAYMENT_METHOD_METADATA_KEY = "payment_method"

/** `GET /store/payment-providers?region_id=`. */
export const paymentProvidersSchema = z.object({ payment_providers: z.array(z.object({ id: z.string() })) })

/** The payment provider behind a way to pay. */
export function paymentProviderOf(method: PaymentMethod): string {
  return PROVIDER_OF[method]
}

/** The way to pay a provider stands for, or null for a provider this storefront does not offer. */
export function paymentMethodOf(providerId: string | null | undefined): PaymentMethod | null {
  return PAYMENT_METHODS.find((method) => PROVIDER_OF[method] === providerId) ?? null
}

/** Reads a region's providers as the ways to pay the shop knows, cash on delivery first; a mismatch is a broken contract. */
export function toPaymentMethods(data: unknown): PaymentMethod[] {
  const parsed = paymentProvidersSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`The store API answered GET /store/payment-providers with an unexpected shape at ${issue?.path.join(".") || "(root)"}.`)
  }
  const offered = new Set(parsed.data.payment_providers.map((p) => p.id))
  return PAYMENT_METHODS.filter((method) => offered.has(PROVIDER_OF[method]))
}

/** The way to pay set up on the cart (its payment session), or null when there is none the shop knows. */
export function sessionPaymentMethod(cart: Pick<HttpTypes.StoreCart, "payment_collection">): PaymentMethod | null {
  for (const session of cart.payment_collection?.payment_sessions ?? []) {
    const method = paymentMethodOf(session.provider_id)
    if (method) return method
  }
  return null
}

/** The way to pay the shopper chose last for this cart: its payment session's, else the one remembered in its metadata. */
export function rememberedPaymentMethod(cart: Pick<HttpTypes.StoreCart, "payment_collection" | "metadata">): PaymentMethod | null {
  const remembered = cart.metadata?.[PAYMENT_METHOD_METADATA_KEY]
  return sessionPaymentMethod(cart) ?? PAYMENT_METHODS.find((method) => method === remembered) ?? null
}

const cardSessionSchema = z.object({ provider_id: z.literal(STRIPE_PROVIDER), data: z.object({ client_secret: z.string().min(1) }) })

/** The client secret of the cart's Stripe payment (what Stripe's card form confirms), or null when it has none. */
export function cardClientSecret(cart: Pick<HttpTypes.StoreCart, "payment_collection">): string | null {
  for (const session of cart.payment_collection?.payment_sessions ?? []) {
    const parsed = cardSessionSchema.safeParse(session)
    if (parsed.success) return parsed.data.data.client_secret
  }
  return null
}
