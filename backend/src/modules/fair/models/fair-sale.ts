import { model } from "@medusajs/framework/utils"

/**
 * An order (of one cooperative) started from a fair's pages: the shopper added its products from the fair or one of
 * its booths. Amounts are what the attributed lines came to, in the order's currency.
 */
export const FairSale = model
  .define("fair_sale", {
    id: model.id({ prefix: "fsale" }).primaryKey(),
    fair_id: model.text(),
    booth_code: model.text().nullable(),
    order_id: model.text().unique(),
    currency_code: model.text(),
    amount: model.bigNumber(),
  })
  .indexes([{ on: ["fair_id", "created_at"] }])
