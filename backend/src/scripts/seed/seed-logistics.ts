import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setupCooperativeLogisticsWorkflow } from "../../workflows/cooperative/setup-cooperative-logistics"

/** Where a cooperative's products are stocked and which shipping profile they use. */
export type CooperativeLogisticsIds = { stockLocationId: string; shippingProfileId: string }

type CooperativeRow = { id: string; stock_location?: { id: string } | null; shipping_profile?: { id: string } | null }

/** Each cooperative's stock location and shipping profile by cooperative id; sets them up (through the workflow) for those that have none yet. */
export async function cooperativeLogistics(container: MedusaContainer, cooperativeIds: string[]): Promise<Map<string, CooperativeLogisticsIds>> {
  const ids = [...new Set(cooperativeIds)]
  const result = new Map<string, CooperativeLogisticsIds>()
  if (!ids.length) return result
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative",
    fields: ["id", "stock_location.id", "shipping_profile.id"],
    filters: { id: ids },
  })
  for (const row of data as unknown as CooperativeRow[]) {
    if (row.stock_location?.id && row.shipping_profile?.id) {
      result.set(row.id, { stockLocationId: row.stock_location.id, shippingProfileId: row.shipping_profile.id })
    }
  }
  // One cooperative at a time: each run is its own all-or-nothing unit, and the seed stays gentle on the database.
  for (const id of ids.filter((id) => !result.has(id))) {
    const { result: logistics } = await setupCooperativeLogisticsWorkflow(container).run({ input: { cooperative_id: id } })
    result.set(id, { stockLocationId: logistics.stock_location_id, shippingProfileId: logistics.shipping_profile_id })
  }
  return result
}
