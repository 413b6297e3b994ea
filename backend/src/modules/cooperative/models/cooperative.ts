import { model } from "@medusajs/framework/utils"
import { CooperativeMember } from "./cooperative-member"

/** A cooperative (hợp tác xã), cooperative group or union that sells on the marketplace. */
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    short_name: model.text(),
    kind: model.enum(["cooperative", "cooperative_group", "cooperative_union"]).default("cooperative"),
    registration_number: model.text(),
    founded_on: model.dateTime().nullable(),
    legal_representative: model.text(),
    phone: model.text(),
    email: model.text(),
    street: model.text(),
    commune: model.text().searchable(),
    province: model.text(),
    member_count: model.number().default(0),
    sectors: model.array(),
    description_vi: model.text().default(""),
    description_en: model.text().default(""),
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    members: model.hasMany(() => CooperativeMember, { mappedBy: "cooperative" }),
  })
  .indexes([{ on: ["status"] }, { on: ["commune"] }])
