import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { type NewLotInput, toE6 } from "../types"

export const CREATE_LOT_STEP = "write-lot"

/** Writes the lot and its certifications (undone by deleting them). */
export const createLotStep = createStep(
  CREATE_LOT_STEP,
  async (input: { trade_item_id: string; gtin14: string; lot: NewLotInput }, { container }) => {
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const { lot } = input
    const created = await service
      .createLots({
        trade_item_id: input.trade_item_id,
        lot_code: lot.lot_code,
        produced_on: lot.produced_on,
        expires_on: lot.expires_on ?? null,
        quantity: lot.quantity,
        unit: lot.unit,
        origin_name: lot.origin.name,
        origin_commune: lot.origin.commune,
        origin_province: lot.origin.province,
        origin_latitude_e6: toE6(lot.origin.latitude),
        origin_longitude_e6: toE6(lot.origin.longitude),
      })
      .catch(async (error: unknown) => {
        // Two requests with the same code at once: the unique index lets one through.
        const [taken] = await service.listLots({ trade_item_id: input.trade_item_id, lot_code: lot.lot_code }, { select: ["id"], take: 1 })
        if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lot ${lot.lot_code} already exists for GTIN ${input.gtin14}: give this lot another code.`)
        throw error
      })
    // A failing step is not compensated, so a lot whose certifications cannot be written is removed here.
    const certifications = lot.certifications?.length
      ? await service
          .createLotCertifications(
            lot.certifications.map((c) => ({
              lot_id: created.id,
              kind: c.kind,
              name: c.name ?? null,
              issuer: c.issuer ?? null,
              number: c.number ?? null,
              valid_until: c.valid_until ?? null,
              document_url: c.document_url ?? null,
            }))
          )
          .catch(async (error: unknown) => {
            await service.deleteLots(created.id)
            throw error
          })
      : []
    return new StepResponse({ id: created.id }, { id: created.id, certification_ids: certifications.map((c) => c.id) })
  },
  async (created, { container }) => {
    if (!created) return
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    if (created.certification_ids.length) await service.deleteLotCertifications(created.certification_ids)
    await service.deleteLots([created.id])
  }
)
