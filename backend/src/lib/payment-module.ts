import { Modules } from "@medusajs/framework/utils"

/** Id of Medusa's Stripe provider as registered here (card payments for buyers abroad). */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/**
 * The payment module with htx-market's providers beside Medusa's own `pp_system_default` (cash on delivery):
 * VietQR bank transfer to each cooperative (`pp_vietqr_vietqr`), and Medusa's Stripe provider (`pp_stripe_stripe`)
 * only when a Stripe key is set. Stripe captures at once: card money is the operator's, settled with cooperatives later.
 */
export function paymentModule(stripe: { apiKey?: string; webhookSecret?: string } = {}) {
  const providers: { resolve: string; id: string; options?: Record<string, unknown> }[] = [{ resolve: "./src/modules/payment-vietqr", id: "vietqr" }]
  if (stripe.apiKey) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: { apiKey: stripe.apiKey, webhookSecret: stripe.webhookSecret, capture: true, automaticPaymentMethods: false },
    })
  }
  return { key: Modules.PAYMENT, resolve: "@medusajs/medusa/payment", options: { providers } }
}
