import { model } from "@medusajs/framework/utils"
import { FAIR_KINDS, FAIR_STATUSES } from "../rules/fair-phase"
import { Booth } from "./booth"

/**
 * A trade fair (hội chợ, triển lãm) the province runs online, at a venue or both. Times are instants (shown in
 * Asia/Ho_Chi_Minh); whether it is live or ended follows the clock (see rules/fair-phase).
 */
export const Fair = model
  .define("fair", {
    id: model.id({ prefix: "fair" }).primaryKey(),
    slug: model.text().unique(),
    name_vi: model.text().searchable(),
    name_en: model.text(),
    description_vi: model.text().default(""),
    description_en: model.text().default(""),
    kind: model.enum([...FAIR_KINDS]),
    venue_name: model.text().nullable(),
    venue_address: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    application_deadline: model.dateTime().nullable(),
    banner_url: model.text().nullable(),
    organiser: model.text(),
    status: model.enum([...FAIR_STATUSES]).default("draft"),
    booths: model.hasMany(() => Booth, { mappedBy: "fair" }),
  })
  .indexes([{ on: ["status", "starts_at"] }])
