import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildEpcisDocument } from "../../../../../../../../lib/epcis/epcis-document"
import { digitalLinkBase } from "../../../../../../../../lib/env"
import { toLotJson } from "../../../../../../../../lib/traceability/lot-view"
import { lotPath } from "../../../../../trace-path"
import { loadPublicLotRow } from "../../../../../trade-item-view"

/** GET /store/traceability/01/:gtin/10/:lot/epcis — the lot's events as an EPCIS 2.0 JSON-LD document. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { gtin, lot: code } = lotPath(req.params)
  const lot = toLotJson(await loadPublicLotRow(req.scope, gtin, code))
  res.setHeader("Content-Type", "application/ld+json; charset=utf-8")
  res.send(JSON.stringify(buildEpcisDocument(lot, lot.events, { digitalLinkBase: digitalLinkBase() })))
}
