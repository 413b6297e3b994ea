import { model } from "@medusajs/framework/utils"

/**
 * Units of a product sold in one order, so "best-selling" can rank products: written when a purchase is placed
 * (once per order), removed when that order is cancelled. Product and order are other modules' ids, kept as text.
 */
export const ProductSales = model
  .define("product_sales", {
    id: model.id({ prefix: "psale" }).primaryKey(),
    order_id: model.text(),
    product_id: model.text(),
    units: model.number(),
  })
  .indexes([{ on: ["product_id"] }, { on: ["order_id", "product_id"], unique: true }])
