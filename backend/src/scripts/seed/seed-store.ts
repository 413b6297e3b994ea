import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/** Countries of the International region: where export buyers of Vietnamese specialties are. */
export const INTERNATIONAL_COUNTRIES = ["us", "ca", "gb", "fr", "de", "nl", "au", "jp", "kr", "sg", "tw", "cz", "pl", "ru"]

export type StoreSetup = {
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  regions: { vn: string; intl: string }
}

/** Store, regions (Việt Nam in VND, International in USD), taxes, warehouse, shipping, publishable key. */
export async function seedStore(container: MedusaContainer): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const { data: stores } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  const salesChannel = await storeSalesChannel(container, stores[0].default_sales_channel_id)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: {
        name: "htx-market",
        supported_currencies: [
          { currency_code: "vnd", is_default: true },
          { currency_code: "usd", is_default: false },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Việt Nam", currency_code: "vnd", countries: ["vn"], payment_providers: ["pp_system_default"] },
        { name: "International", currency_code: "usd", countries: INTERNATIONAL_COUNTRIES, payment_providers: ["pp_system_default"] },
      ],
    },
  })
  const [vn, intl] = regions
  await createTaxRegionsWorkflow(container).run({
    input: ["vn", ...INTERNATIONAL_COUNTRIES].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: "Kho hàng Tuyên Quang", address: { address_1: "Số 1 đường Tân Trào", city: "Phường Minh Xuân, Tuyên Quang", country_code: "VN" } },
      ],
    },
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })

  const shippingProfileId = await defaultShippingProfile(container)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Giao hàng từ Tuyên Quang",
    type: "shipping",
    service_zones: [
      { name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] },
      { name: "International", geo_zones: INTERNATIONAL_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } })
  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const zone = (name: string) => fulfillmentSet.service_zones.find((z) => z.name === name)!.id
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng tiêu chuẩn",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone("Việt Nam"),
        shipping_profile_id: shippingProfileId,
        type: { label: "Tiêu chuẩn", description: "Giao trong 2–4 ngày", code: "standard" },
        prices: [{ currency_code: "vnd", amount: 30000 }],
        rules,
      },
      {
        name: "International shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone("International"),
        shipping_profile_id: shippingProfileId,
        type: { label: "International", description: "Delivered in 7–14 days", code: "international" },
        prices: [{ currency_code: "usd", amount: 25 }],
        rules,
      },
    ],
  })

  await storefrontKey(container, salesChannel.id)

  return { salesChannelId: salesChannel.id, stockLocationId: location.id, shippingProfileId, regions: { vn: vn.id, intl: intl.id } }
}

/** Medusa's default shipping profile, created by a migration script; made here when that script has not run. */
async function defaultShippingProfile(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  if (data[0]) return data[0].id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

/** The store's sales channel: Medusa's default one when its migration scripts made it, renamed; otherwise a new one. */
async function storeSalesChannel(container: MedusaContainer, defaultId: string | null | undefined) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const data = { name: "htx-market", description: "Sàn thương mại điện tử hợp tác xã" }
  if (defaultId) {
    const { data: found } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { id: defaultId } })
    if (found[0]) {
      const updated = await container.resolve(Modules.SALES_CHANNEL).updateSalesChannels(found[0].id, data)
      return updated
    }
  }
  const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [data] } })
  return result[0]
}

/** One publishable key for the storefront, scoped to the store's sales channel (reusing Medusa's default key if there is one). */
async function storefrontKey(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({ entity: "api_key", fields: ["id", "sales_channels.id"], filters: { type: "publishable", revoked_at: null } })
  let key = keys[0] as { id: string; sales_channels?: { id: string }[] } | undefined
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: "htx-market storefront", type: "publishable", created_by: "" }] },
    })
    key = { id: result[0].id, sales_channels: [] }
  }
  if (!(key.sales_channels ?? []).some((c) => c.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.id
}
