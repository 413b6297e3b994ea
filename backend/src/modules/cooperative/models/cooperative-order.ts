import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** A cooperative's side of one of its orders: what it has done with it and when. The order itself is linked. */
export const CooperativeOrder = model
  .define("cooperative_order", {
    id: model.id({ prefix: "cooord" }).primaryKey(),
    state: model.enum(["new", "confirmed", "shipped", "delivered", "canceled"]).default("new"),
    confirmed_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    // How the shopper pays this cooperative, and when the cooperative said the money reached it.
    payment_method: model.enum(["cash_on_delivery", "vietqr", "card"]).default("cash_on_delivery"),
    paid_at: model.dateTime().nullable(),
    // For VietQR: the cooperative's account when the order was placed, which the shopper's code pays into.
    transfer_bank_bin: model.text().nullable(),
    transfer_account_number: model.text().nullable(),
    transfer_account_holder: model.text().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "orders" }),
  })
  .indexes([{ on: ["cooperative_id", "state", "created_at"] }])
