import { Modules } from "@medusajs/framework/utils"

/**
 * The payment module with htx-market's providers beside Medusa's own `pp_system_default` (cash on delivery):
 * VietQR bank transfer to each cooperative (`pp_vietqr_vietqr`).
 */
export function paymentModule() {
  return {
    key: Modules.PAYMENT,
    resolve: "@medusajs/medusa/payment",
    options: { providers: [{ resolve: "./src/modules/payment-vietqr", id: "vietqr" }] },
  }
}
