import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
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

  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "htx-market", description: "Sàn thương mại điện tử hợp tác xã" }] },
  })
  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
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

  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"] })
  const shippingProfileId = profiles[0].id
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

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "htx-market storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })

  return { salesChannelId: salesChannel.id, stockLocationId: location.id, shippingProfileId, regions: { vn: vn.id, intl: intl.id } }
}
