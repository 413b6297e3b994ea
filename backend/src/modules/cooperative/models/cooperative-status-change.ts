import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** One change of a cooperative's status: who made it, when, and why. Never updated or deleted. */
export const CooperativeStatusChange = model
  .define("cooperative_status_change", {
    id: model.id({ prefix: "coopst" }).primaryKey(),
    from_status: model.enum(["pending", "approved", "rejected", "suspended"]).nullable(),
    to_status: model.enum(["pending", "approved", "rejected", "suspended"]),
    reason: model.text().nullable(),
    actor_type: model.enum(["user", "seller", "system"]),
    actor_id: model.text().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "status_changes" }),
  })
  .indexes([{ on: ["cooperative_id", "created_at"] }])
