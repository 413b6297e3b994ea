import { model } from "@medusajs/framework/utils"
import { Booth } from "./booth"

/** A product variant a booth features (linked in src/links), with its price while the fair is live, in đồng. */
export const BoothProduct = model.define("booth_product", {
  id: model.id({ prefix: "bprod" }).primaryKey(),
  fair_price: model.bigNumber(),
  booth: model.belongsTo(() => Booth, { mappedBy: "products" }),
})
