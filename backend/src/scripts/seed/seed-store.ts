import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { INTERNATIONAL_COUNTRIES } from "../../lib/regions"
import { STRIPE_PROVIDER_ID } from "../../lib/payment-module"
import { VIETQR_PROVIDER_ID } from "../../modules/payment-vietqr"

/** What the rest of the seed needs from the store; stock and shipping belong to each cooperative (see seed-logistics). */
export type StoreSetup = {
  salesChannelId: string
  regions: { vn: string; intl: string }
}

/**
 * How buyers abroad pay: by card through Stripe when a key is set, and not at all without one (cash on delivery and
 * VietQR are for Việt Nam only). Read again at every start, so setting or removing the key takes effect.
 */
export const internationalPayments = () => (process.env.STRIPE_API_KEY ? [STRIPE_PROVIDER_ID] : [])

/** Name of the region for buyers abroad, priced in US dollars. */
export const INTERNATIONAL_REGION = "International"

/** Store, regions (Việt Nam in VND, International in USD), taxes and the publishable key. */
export async function seedStore(container: MedusaContainer): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

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
        { name: "Việt Nam", currency_code: "vnd", countries: ["vn"], payment_providers: ["pp_system_default", VIETQR_PROVIDER_ID] },
        { name: INTERNATIONAL_REGION, currency_code: "usd", countries: INTERNATIONAL_COUNTRIES, payment_providers: internationalPayments() },
      ],
    },
  })
  const [vn, intl] = regions
  await createTaxRegionsWorkflow(container).run({
    input: ["vn", ...INTERNATIONAL_COUNTRIES].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  await storefrontKey(container, salesChannel.id)

  return { salesChannelId: salesChannel.id, regions: { vn: vn.id, intl: intl.id } }
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

/**
 * Makes the International region offer exactly the ways to pay this server has (Stripe with a key, none without);
 * returns them, or null when there is no such region.
 */
export async function syncInternationalPayments(container: MedusaContainer): Promise<string[] | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { name: INTERNATIONAL_REGION } })
  const region = data[0] as { id: string; payment_providers?: { id: string }[] } | undefined
  if (!region) return null
  const wanted = internationalPayments()
  const current = (region.payment_providers ?? []).map((p) => p.id).sort()
  if (current.join() !== [...wanted].sort().join()) {
    await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: wanted } } })
  }
  return wanted
}
