import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { labelSheetPdf } from "../../../../../lib/labels/label-sheet"
import { loadCooperativeLotRow, toLotJson } from "../../../../../lib/traceability/lot-view"
import { activeOcopStars } from "../../../../../lib/traceability/ocop-stars"
import { activeCooperative } from "../../../active-cooperative"
import { lotFileName, printedLink } from "../../lot-file"
import type { CooperativeGetLotLabelsType } from "../../validators"

/** GET /cooperative/lots/:id/labels?count=1..100 — A4 sheets of labels: product, lot, dates, OCOP stars when active, QR code. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CooperativeGetLotLabelsType>, res: MedusaResponse) => {
  const lot = toLotJson(await loadCooperativeLotRow(req.scope, activeCooperative(req).id, req.params.id), { detail: false })
  const ocop = await activeOcopStars(req.scope, lot.product.id)
  const productName = lot.variant.title && lot.variant.title !== lot.product.title ? `${lot.product.title} — ${lot.variant.title}` : lot.product.title
  const pdf = await labelSheetPdf(
    { product_name: productName, lot_code: lot.lot_code, produced_on: lot.produced_on, expires_on: lot.expires_on, ocop, uri: printedLink(lot) },
    req.validatedQuery.count
  )
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${lotFileName(lot, "pdf")}"`)
  res.send(pdf)
}
