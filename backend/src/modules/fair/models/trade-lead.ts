import { model } from "@medusajs/framework/utils"

export const TRADE_LEAD_STATUSES = ["new", "answered"] as const

/**
 * A business buyer's inquiry to a cooperative (linked in src/links), about one of its products or in general, sent
 * from a product, booth or cooperative page; `fair_id` and `booth_code` say which fair's booth it came from, if any.
 * The sender's IP is kept only as a keyed hash, to limit how often one address may write.
 */
export const TradeLead = model
  .define("trade_lead", {
    id: model.id({ prefix: "lead" }).primaryKey(),
    fair_id: model.text().nullable(),
    booth_code: model.text().nullable(),
    product_title: model.text().nullable(),
    quantity: model.text(),
    target_market: model.text(),
    company: model.text(),
    contact_name: model.text(),
    email: model.text(),
    phone: model.text().nullable(),
    message: model.text(),
    status: model.enum([...TRADE_LEAD_STATUSES]).default("new"),
    answer: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    ip_hash: model.text(),
  })
  .indexes([{ on: ["fair_id", "created_at"] }, { on: ["ip_hash", "created_at"] }, { on: ["email", "created_at"] }])
