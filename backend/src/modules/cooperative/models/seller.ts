import { model } from "@medusajs/framework/utils"
import { CooperativeMember } from "./cooperative-member"

/** A person who works for one or more cooperatives; the auth identity of actor "seller" points here. */
export const Seller = model.define("seller", {
  id: model.id({ prefix: "sel" }).primaryKey(),
  email: model.text().unique(),
  full_name: model.text(),
  phone: model.text().nullable(),
  memberships: model.hasMany(() => CooperativeMember, { mappedBy: "seller" }),
})
