import { model } from "@medusajs/framework/utils"
import { OCOP_STATUSES } from "../status-rules"
import { OcopCertificateStatusChange } from "./ocop-certificate-status-change"

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP) a cooperative submitted for some of its products.
 * The cooperative and the products are linked in src/links; days are `YYYY-MM-DD` text, days in Asia/Ho_Chi_Minh
 * rather than instants, so they sort and compare as text.
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocop" }).primaryKey(),
    status: model.enum([...OCOP_STATUSES]).default("submitted"),
    stars: model.number(),
    potential_five_star: model.boolean().default(false),
    product_set: model.number(),
    issuing_authority: model.text().searchable(),
    decision_number: model.text().searchable(),
    issued_on: model.text(),
    expires_on: model.text(),
    document_url: model.text(),
    status_reason: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    // Each expiry warning goes out once; the time it went out is kept here.
    warned_60_days_at: model.dateTime().nullable(),
    warned_7_days_at: model.dateTime().nullable(),
    status_changes: model.hasMany(() => OcopCertificateStatusChange, { mappedBy: "certificate" }),
  })
  .indexes([{ on: ["status", "expires_on"] }, { on: ["decision_number"] }])
