import { MedusaError } from "@medusajs/framework/utils"
import { VIETQR_PROVIDER_ID } from "../../modules/payment-vietqr"
import type { CooperativeShare } from "./purchase-cart"

/**
 * How the shopper pays each cooperative: cash to the courier, a VietQR transfer to the cooperative's own account, or a
 * card through Stripe (the marketplace takes the money at once and settles with the cooperative).
 */
export type PaymentMethod = "cash_on_delivery" | "vietqr" | "card"

/** The method a payment provider stands for; Medusa's system provider is cash on delivery. */
export const paymentMethodOf = (providerId: string | null | undefined): PaymentMethod =>
  providerId === VIETQR_PROVIDER_ID ? "vietqr" : providerId?.startsWith("pp_stripe") ? "card" : "cash_on_delivery"

/** The account a cooperative's VietQR transfers go to, as it was when the order was placed. */
export type TransferAccount = { transfer_bank_bin: string; transfer_account_number: string; transfer_account_holder: string | null }

/**
 * Each cooperative's order payment as placed: for VietQR, the cooperative's bank account at that moment (so a later
 * change of account cannot redirect a shopper's transfer); refused when a cooperative has no account to pay into.
 */
export function orderPayments(
  method: PaymentMethod,
  shares: CooperativeShare[],
  currencyCode: string,
  now = new Date()
): ({ payment_method: PaymentMethod; paid_at?: Date } & Partial<TransferAccount>)[] {
  if (method === "vietqr" && currencyCode.toLowerCase() !== "vnd") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "VietQR transfers are made in đồng; this cart is priced in another currency.")
  }
  return shares.map(({ cooperative }) => {
    // A card is charged when the order is placed (Stripe captures at once): the order is paid from the start.
    if (method === "card") return { payment_method: method, paid_at: now }
    if (method !== "vietqr") return { payment_method: method }
    if (!cooperative.bank_bin || !cooperative.bank_account_number) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${cooperative.name} cannot take bank transfers yet (it has no bank account on file); choose cash on delivery.`
      )
    }
    return {
      payment_method: method,
      transfer_bank_bin: cooperative.bank_bin,
      transfer_account_number: cooperative.bank_account_number,
      transfer_account_holder: cooperative.bank_account_holder ?? null,
    }
  })
}
