import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deliveryDaysForCode, deliveryDaysMetadata, readDeliveryDays } from "../lib/shipping/delivery-days"
import { COOPERATIVE_SHIPPING_PROFILE_TYPE } from "../workflows/cooperative/setup-cooperative-logistics"

type OptionRow = { id: string; metadata?: Record<string, unknown> | null; type?: { code?: string | null } | null; shipping_profile?: { type?: string | null } | null }

/**
 * Databases whose cooperatives got their shipping options before delivery days were recorded: each cooperative's standard
 * and international option gets its days in metadata (other metadata kept), as the logistics workflow now writes them.
 * Medusa runs a migration script once per database; on a new database it finds nothing and the seed writes the days itself.
 */
export default async function recordDeliveryDays({ container }: { container: MedusaContainer }) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "metadata", "type.code", "shipping_profile.type"],
  })
  const updates: { id: string; metadata: Record<string, unknown> }[] = (data as unknown as OptionRow[]).flatMap((option) => {
    const days = deliveryDaysForCode(option.type?.code)
    if (!days || option.shipping_profile?.type !== COOPERATIVE_SHIPPING_PROFILE_TYPE || readDeliveryDays(option.metadata)) return []
    return [{ id: option.id, metadata: { ...(option.metadata ?? {}), ...deliveryDaysMetadata(days) } }]
  })
  if (updates.length) await container.resolve(Modules.FULFILLMENT).upsertShippingOptions(updates)
  return updates.length
}
