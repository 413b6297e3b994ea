import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** A person who acts for a cooperative; the auth identity of actor "cooperative" points here. */
export const CooperativeMember = model
  .define("cooperative_member", {
    id: model.id({ prefix: "coopmem" }).primaryKey(),
    email: model.text(),
    full_name: model.text(),
    role: model.enum(["owner", "staff"]).default("staff"),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "members" }),
  })
  .indexes([{ on: ["email", "cooperative_id"], unique: true }])
