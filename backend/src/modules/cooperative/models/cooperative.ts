import { model } from "@medusajs/framework/utils"
import { CooperativeMember } from "./cooperative-member"
import { CooperativeOrder } from "./cooperative-order"
import { CooperativeStatusChange } from "./cooperative-status-change"

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
    logo_url: model.text().nullable(),
    banner_url: model.text().nullable(),
    bank_bin: model.text().nullable(),
    bank_account_number: model.text().nullable(),
    bank_account_holder: model.text().nullable(),
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    status_reason: model.text().nullable(),
    members: model.hasMany(() => CooperativeMember, { mappedBy: "cooperative" }),
    status_changes: model.hasMany(() => CooperativeStatusChange, { mappedBy: "cooperative" }),
    orders: model.hasMany(() => CooperativeOrder, { mappedBy: "cooperative" }),
  })
  .indexes([{ on: ["status"] }, { on: ["commune"] }])
