import { model } from "@medusajs/framework/utils"
import { OCOP_STATUSES } from "../status-rules"
import { OcopCertificate } from "./ocop-certificate"

/** One change of a certificate's status: who made it, when, and why. Never updated or deleted. */
export const OcopCertificateStatusChange = model
  .define("ocop_certificate_status_change", {
    id: model.id({ prefix: "ocopst" }).primaryKey(),
    from_status: model.enum([...OCOP_STATUSES]).nullable(),
    to_status: model.enum([...OCOP_STATUSES]),
    reason: model.text().nullable(),
    actor_type: model.enum(["user", "seller", "system"]),
    actor_id: model.text().nullable(),
    certificate: model.belongsTo(() => OcopCertificate, { mappedBy: "status_changes" }),
  })
  .indexes([{ on: ["certificate_id", "created_at"] }])
