import { model } from "@medusajs/framework/utils"

/** What a shopper bought in one checkout: one order per cooperative is linked to it. */
export const Purchase = model.define("purchase", {
  id: model.id({ prefix: "pur" }).primaryKey(),
  // A cart completes once: the unique cart id makes a repeated "place order" return the same purchase.
  cart_id: model.text().unique(),
  email: model.text(),
  customer_id: model.text().nullable(),
  currency_code: model.text(),
})
