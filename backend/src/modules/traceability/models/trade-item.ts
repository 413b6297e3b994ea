import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

/** A product variant as GS1 identifies it: one GTIN, stored as 14 digits, for one variant of one cooperative (both linked). */
export const TradeItem = model.define("trade_item", {
  id: model.id({ prefix: "trit" }).primaryKey(),
  gtin: model.text().unique(),
  lots: model.hasMany(() => Lot, { mappedBy: "trade_item" }),
})
