import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export const ENSURE_TRADE_ITEM_STEP = "ensure-trade-item"

type Input = { gtin14: string; trade_item_id: string | null; variant_id: string; cooperative_id: string }

/** The GTIN's trade item: the existing one, or a new one linked to the variant and the cooperative (undone by deleting both). */
export const ensureTradeItemStep = createStep(
  ENSURE_TRADE_ITEM_STEP,
  async (input: Input, { container }) => {
    if (input.trade_item_id) return new StepResponse({ id: input.trade_item_id }, null)
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const item = await service.createTradeItems({ gtin: input.gtin14 }).catch(async (error: unknown) => {
      const [taken] = await service.listTradeItems({ gtin: input.gtin14 }, { select: ["id"], take: 1 })
      if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `GTIN ${input.gtin14} was registered a moment ago: send the lot again.`)
      throw error
    })
    const links: LinkDefinition[] = [
      { [TRACEABILITY_MODULE]: { trade_item_id: item.id }, [Modules.PRODUCT]: { product_variant_id: input.variant_id } },
      { [TRACEABILITY_MODULE]: { trade_item_id: item.id }, [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id } },
    ]
    try {
      await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    } catch (error) {
      await service.deleteTradeItems([item.id])
      throw error
    }
    return new StepResponse({ id: item.id }, { id: item.id, links })
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteTradeItems([created.id])
  }
)
