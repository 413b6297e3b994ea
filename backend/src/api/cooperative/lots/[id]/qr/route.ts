import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { qrPng, qrSvg } from "../../../../../lib/labels/qr"
import { loadCooperativeLotRow, toLotJson } from "../../../../../lib/traceability/lot-view"
import { activeCooperative } from "../../../active-cooperative"
import { lotFileName, printedLink } from "../../lot-file"
import type { CooperativeGetLotQrType } from "../../validators"

/** GET /cooperative/lots/:id/qr?format=png|svg — the QR code of the lot's Digital Link, to print or place on packaging. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CooperativeGetLotQrType>, res: MedusaResponse) => {
  const lot = toLotJson(await loadCooperativeLotRow(req.scope, activeCooperative(req).id, req.params.id), { detail: false })
  const { format } = req.validatedQuery
  res.setHeader("Content-Type", format === "svg" ? "image/svg+xml" : "image/png")
  res.setHeader("Content-Disposition", `inline; filename="${lotFileName(lot, format)}"`)
  res.send(format === "svg" ? await qrSvg(printedLink(lot)) : await qrPng(printedLink(lot)))
}
