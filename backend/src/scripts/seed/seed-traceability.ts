import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { createLotWorkflow } from "../../workflows/traceability/create-lot"
import { recordTraceEventWorkflow } from "../../workflows/traceability/record-trace-event"
import { demoCooperatives } from "../demo-data/cooperatives"
import { vietnamToday } from "../demo-data/stable-hash"
import { planTraceLots } from "../demo-data/trace-lots"

// Who recorded the demo history: it is imported with the catalogue, not typed in by a member.
const IMPORTED_BY = "system:demo-seed"

type Row = { id: string; handle?: string; sku?: string }

/** Lots of the demo products with their recorded history (3–6 events each), through the same workflows a cooperative uses; once per database. */
export async function seedTraceability(container: MedusaContainer): Promise<{ lots: number; events: number } | null> {
  const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const [, existing] = await service.listAndCountLots({}, { take: 1 })
  if (existing > 0) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const plans = planTraceLots(demoCooperatives, vietnamToday())
  const { data: coops } = await query.graph({ entity: "cooperative", fields: ["id", "handle"], filters: { handle: demoCooperatives.map((c) => c.handle) } })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: plans.map((p) => p.variant_sku) } })
  const coopByHandle = new Map((coops as Row[]).map((c) => [c.handle, c.id]))
  const variantBySku = new Map((variants as Row[]).map((v) => [v.sku, v.id]))

  let lots = 0
  let events = 0
  for (const plan of plans) {
    const cooperativeId = coopByHandle.get(plan.cooperative_handle)
    const variantId = variantBySku.get(plan.variant_sku)
    if (!cooperativeId || !variantId) continue
    const { result: lot } = await createLotWorkflow(container).run({
      input: {
        cooperative_id: cooperativeId,
        lot: {
          variant_id: variantId,
          gtin: plan.gtin,
          lot_code: plan.lot_code,
          produced_on: plan.produced_on,
          expires_on: plan.expires_on,
          quantity: plan.quantity,
          unit: plan.unit,
          origin: plan.origin,
          certifications: plan.certifications,
        },
      },
    })
    lots++
    for (const step of plan.events) {
      await recordTraceEventWorkflow(container).run({
        input: {
          cooperative_id: cooperativeId,
          lot_id: lot.id,
          seller_id: IMPORTED_BY,
          event: { kind: step.kind, event_time: step.at, place_name: step.place, note: step.note, photos: [] },
        },
      })
      events++
    }
  }
  return { lots, events }
}
