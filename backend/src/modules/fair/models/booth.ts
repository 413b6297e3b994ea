import { model } from "@medusajs/framework/utils"
import { BoothProduct } from "./booth-product"
import { Fair } from "./fair"

export const BOOTH_STATUSES = ["invited", "applied", "approved", "rejected"] as const

/** A cooperative's place in a fair (the cooperative is linked in src/links): its code, where its application stands, its products. */
export const Booth = model
  .define("booth", {
    id: model.id({ prefix: "booth" }).primaryKey(),
    code: model.text().nullable(),
    status: model.enum([...BOOTH_STATUSES]),
    reject_reason: model.text().nullable(),
    fair: model.belongsTo(() => Fair, { mappedBy: "booths" }),
    products: model.hasMany(() => BoothProduct, { mappedBy: "booth" }),
  })
  .indexes([{ on: ["fair_id", "code"], unique: true, where: "code IS NOT NULL AND deleted_at IS NULL" }])
