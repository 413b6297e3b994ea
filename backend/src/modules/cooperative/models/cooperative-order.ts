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
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "orders" }),
  })
  .indexes([{ on: ["cooperative_id", "state", "created_at"] }])
