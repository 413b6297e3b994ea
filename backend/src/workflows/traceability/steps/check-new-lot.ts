import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseEnv } from "../../../lib/env"
import { publicFilesBase } from "../../../lib/file-module"
import { parseGtin } from "../../../lib/gs1/gtin"
import { lotCodeProblem } from "../../../lib/gs1/lot-code"
import { vietnamDay } from "../../../lib/traceability/vietnam-time"
import { isProvince } from "../../../modules/cooperative/rules"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { UNIT_CODES } from "../../../modules/traceability/vocabulary"
import type { NewLotInput } from "../types"

export const CHECK_NEW_LOT_STEP = "check-new-lot"

type VariantRow = { id: string; product?: { cooperative?: { id: string } | null } | null; trade_item?: { id: string; gtin: string } | null }
type TradeItemRow = { id: string; product_variant?: { id: string } | null; cooperative?: { id: string } | null }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks a new lot before anything is written: own variant, a GTIN free or already this variant's, a new lot code, sensible days, own documents. */
export const checkNewLotStep = createStep(CHECK_NEW_LOT_STEP, async (input: { cooperative_id: string; lot: NewLotInput }, { container }) => {
  const { lot } = input
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.cooperative.id", "trade_item.id", "trade_item.gtin"],
    filters: { id: lot.variant_id },
  })
  const variant = variants[0] as VariantRow | undefined
  if (!variant || variant.product?.cooperative?.id !== input.cooperative_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This cooperative has no product variant with id "${lot.variant_id}".`)
  }
  const gtin = parseGtin(lot.gtin)
  if (!gtin.ok) throw invalid(gtin.reason)
  if (variant.trade_item && variant.trade_item.gtin !== gtin.gtin14) {
    throw invalid(`This variant already has GTIN ${variant.trade_item.gtin}: a variant keeps one GTIN, so use it for all its lots.`)
  }
  const { data: items } = await query.graph({ entity: "trade_item", fields: ["id", "product_variant.id", "cooperative.id"], filters: { gtin: gtin.gtin14 } })
  const item = items[0] as TradeItemRow | undefined
  if (item && item.product_variant?.id !== variant.id) {
    throw invalid(
      item.cooperative?.id === input.cooperative_id
        ? `GTIN ${gtin.gtin14} already identifies another of your product variants: each variant has its own GTIN.`
        : `GTIN ${gtin.gtin14} belongs to another cooperative's product: check the digits under your barcode.`
    )
  }
  const problem = lotCodeProblem(lot.lot_code)
  if (problem) throw invalid(problem)
  if (item) {
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [taken] = await service.listLots({ trade_item_id: item.id, lot_code: lot.lot_code }, { select: ["id"], take: 1 })
    if (taken) throw invalid(`Lot ${lot.lot_code} already exists for GTIN ${gtin.gtin14}: give this lot another code.`)
  }
  const today = vietnamDay()
  if (lot.produced_on > today) throw invalid(`The production date ${lot.produced_on} is in the future: today is ${today} in Việt Nam.`)
  if (lot.expires_on && lot.expires_on <= lot.produced_on) throw invalid("The expiry date must be after the production date.")
  if (!(UNIT_CODES as string[]).includes(lot.unit)) throw invalid(`Unit must be one of ${UNIT_CODES.join(", ")}.`)
  if (!isProvince(lot.origin.province)) throw invalid(`${lot.origin.province} is not one of the 34 provinces of 2025.`)
  const base = publicFilesBase(parseEnv(process.env))
  const foreign = (lot.certifications ?? []).map((c) => c.document_url).find((url) => url && !url.startsWith(base))
  if (foreign) throw invalid(`Document ${foreign} was not uploaded here: upload certificates through /cooperative/documents.`)
  return new StepResponse({ gtin14: gtin.gtin14, trade_item_id: item?.id ?? null })
})
