import { model } from "@medusajs/framework/utils"
import { CERTIFICATION_KINDS } from "../vocabulary"
import { Lot } from "./lot"

/** A certification a lot was produced under (VietGAP, organic, HACCP…), with its scanned document. */
export const LotCertification = model.define("lot_certification", {
  id: model.id({ prefix: "lotcert" }).primaryKey(),
  kind: model.enum([...CERTIFICATION_KINDS]),
  name: model.text().nullable(),
  issuer: model.text().nullable(),
  number: model.text().nullable(),
  valid_until: model.text().nullable(),
  document_url: model.text().nullable(),
  lot: model.belongsTo(() => Lot, { mappedBy: "certifications" }),
})
