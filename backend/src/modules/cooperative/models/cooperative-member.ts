import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"
import { Seller } from "./seller"

/** A person's place in a cooperative: invited by e-mail first, active once the person accepts. */
export const CooperativeMember = model
  .define("cooperative_member", {
    id: model.id({ prefix: "coopmem" }).primaryKey(),
    email: model.text(),
    full_name: model.text().nullable(),
    role: model.enum(["owner", "staff"]).default("staff"),
    status: model.enum(["invited", "active"]).default("active"),
    // Only a hash is kept, so a database reader cannot accept someone else's invitation.
    invite_token_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "members" }),
    seller: model.belongsTo(() => Seller, { mappedBy: "memberships" }).nullable(),
  })
  .indexes([
    { on: ["email", "cooperative_id"], unique: true },
    { on: ["invite_token_hash"], unique: true, where: "invite_token_hash IS NOT NULL" },
  ])
