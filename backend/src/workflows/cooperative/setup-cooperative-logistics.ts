import type { FulfillmentWorkflow, LinkDefinition } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { INTERNATIONAL_COUNTRIES } from "../../lib/regions"
import { DELIVERY_DAYS_BY_CODE, deliveryDaysMetadata } from "../../lib/shipping/delivery-days"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"

/** Id of the workflow that gives a cooperative its own stock location, shipping profile and shipping options. */
export const setupCooperativeLogisticsWorkflowId = "setup-cooperative-logistics"

/** Fulfillment provider of every cooperative's location: cooperatives hand parcels to carriers themselves. */
export const COOPERATIVE_FULFILLMENT_PROVIDER = "manual_manual"

/** Shipping profile type of a cooperative's profile, so it is never mistaken for the store's default profile. */
export const COOPERATIVE_SHIPPING_PROFILE_TYPE = "cooperative"

export type SetupCooperativeLogisticsInput = { cooperative_id: string }

export type CooperativeLogistics = { stock_location_id: string; shipping_profile_id: string; created: boolean }

type CooperativeRow = {
  id: string
  handle: string
  short_name: string
  street: string
  commune: string
  province: string
  stock_location?: { id: string } | null
  shipping_profile?: { id: string } | null
}

type StoreRow = { id: string; default_sales_channel_id: string | null }

// Medusa 2.21 stores a shipping option's metadata (its admin API takes it too), but the workflow's input type omits it.
type ShippingOptionInput = FulfillmentWorkflow.CreateShippingOptionsWorkflowInput & { metadata?: Record<string, unknown> }

const STORE_RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

// Service zone and fulfillment set names are unique across the store, so each carries the cooperative's handle.
const zoneName = (zone: "Việt Nam" | "International", handle: string) => `${zone} · ${handle}`

/**
 * Gives a cooperative a stock location, shipping profile, fulfillment set and three shipping options (delivery ones carry
 * their delivery days in metadata); does nothing when it already has a location.
 */
export const setupCooperativeLogisticsWorkflow = createWorkflow(setupCooperativeLogisticsWorkflowId, (input: SetupCooperativeLogisticsInput) => {
  const { data: cooperatives } = useQueryGraphStep({
    entity: "cooperative",
    fields: ["id", "handle", "short_name", "street", "commune", "province", "stock_location.id", "shipping_profile.id"],
    filters: { id: input.cooperative_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-cooperative" })
  const cooperative = transform({ cooperatives }, ({ cooperatives }) => cooperatives[0] as unknown as CooperativeRow)

  const created = when("cooperative-has-no-location", { cooperative }, ({ cooperative }) => !cooperative.stock_location?.id).then(() => {
    const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "default_sales_channel_id"] }).config({ name: "get-store" })
    const salesChannelId = transform({ stores }, ({ stores }) => {
      const id = (stores[0] as StoreRow | undefined)?.default_sales_channel_id
      if (!id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The store has no default sales channel: set one before setting up cooperatives.")
      return id
    })

    const locationInput = transform({ cooperative }, ({ cooperative }) => ({
      locations: [
        {
          name: cooperative.short_name,
          address: { address_1: cooperative.street, city: cooperative.commune, province: cooperative.province, country_code: "VN" },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })
    const profileInput = transform({ cooperative }, ({ cooperative }) => ({
      data: [{ name: `coop-${cooperative.handle}`, type: COOPERATIVE_SHIPPING_PROFILE_TYPE }],
    }))
    const profiles = createShippingProfilesWorkflow.runAsStep({ input: profileInput })
    const setInput = transform({ cooperative }, ({ cooperative }) => [
      {
        name: `coop-${cooperative.handle}`,
        type: "shipping",
        service_zones: [
          { name: zoneName("Việt Nam", cooperative.handle), geo_zones: [{ country_code: "vn", type: "country" as const }] },
          {
            name: zoneName("International", cooperative.handle),
            geo_zones: INTERNATIONAL_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })),
          },
        ],
      },
    ])
    const sets = createFulfillmentSets(setInput)

    const salesChannelLink = transform({ locations, salesChannelId }, ({ locations, salesChannelId }) => ({ id: locations[0].id, add: [salesChannelId] }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: salesChannelLink })

    const links = transform({ cooperative, locations, profiles, sets }, ({ cooperative, locations, profiles, sets }): LinkDefinition[] => [
      { [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: COOPERATIVE_FULFILLMENT_PROVIDER } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id }, [Modules.FULFILLMENT]: { fulfillment_set_id: sets[0].id } },
      { [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } },
      { [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profiles[0].id } },
    ])
    createRemoteLinkStep(links)

    const options = transform({ cooperative, profiles, sets }, ({ cooperative, profiles, sets }): ShippingOptionInput[] => {
      const zone = (name: "Việt Nam" | "International") => {
        const found = sets[0].service_zones.find((z) => z.name === zoneName(name, cooperative.handle))
        if (!found) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The ${name} zone of ${cooperative.handle} was not created.`)
        return found.id
      }
      const common = { price_type: "flat" as const, provider_id: COOPERATIVE_FULFILLMENT_PROVIDER, shipping_profile_id: profiles[0].id, rules: STORE_RULES }
      return [
        {
          ...common,
          name: "Giao hàng tiêu chuẩn",
          service_zone_id: zone("Việt Nam"),
          type: { label: "Tiêu chuẩn", description: "Giao trong 2–4 ngày", code: "standard" },
          prices: [{ currency_code: "vnd", amount: 30000 }],
          metadata: deliveryDaysMetadata(DELIVERY_DAYS_BY_CODE.standard),
        },
        {
          ...common,
          name: "Nhận tại hợp tác xã",
          service_zone_id: zone("Việt Nam"),
          type: { label: "Nhận tại hợp tác xã", description: `${cooperative.street}, ${cooperative.commune}, ${cooperative.province}`, code: "pickup" },
          prices: [{ currency_code: "vnd", amount: 0 }],
        },
        {
          ...common,
          name: "International shipping",
          service_zone_id: zone("International"),
          type: { label: "International", description: "Delivered in 7–14 days", code: "international" },
          prices: [{ currency_code: "usd", amount: 25 }],
          metadata: deliveryDaysMetadata(DELIVERY_DAYS_BY_CODE.international),
        },
      ]
    })
    createShippingOptionsWorkflow.runAsStep({ input: options })

    return transform({ locations, profiles }, ({ locations, profiles }) => ({
      stock_location_id: locations[0].id,
      shipping_profile_id: profiles[0].id,
    }))
  })

  const result = transform({ created, cooperative }, ({ created, cooperative }): CooperativeLogistics => {
    if (created) return { ...created, created: true }
    const existingProfile = cooperative.shipping_profile?.id
    if (!cooperative.stock_location?.id || !existingProfile) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Cooperative ${cooperative.handle} has a stock location but no shipping profile.`)
    }
    return { stock_location_id: cooperative.stock_location.id, shipping_profile_id: existingProfile, created: false }
  })
  return new WorkflowResponse(result)
})
