import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { type DeliveryDays, readDeliveryDays } from "./delivery-days"

/** A shipping option as the query reads it: rules, zone countries, prices and metadata. */
export type ShippingOptionRow = {
  id: string
  name: string
  metadata?: Record<string, unknown> | null
  type?: { code?: string | null } | null
  rules?: { attribute?: string | null; operator?: string | null; value?: unknown }[] | null
  service_zone?: { geo_zones?: { country_code?: string | null }[] | null } | null
  prices?: { amount?: BigNumberInput | null; currency_code?: string | null; price_rules?: { attribute?: string | null; value?: unknown }[] | null }[] | null
}

export type ShippingRegion = { id: string; currency_code: string; countries: string[] }

export type PickupAddress = { street: string; commune: string; province: string }

/** One way a cooperative's products reach a shopper of a region: its price there, delivery days or where to pick it up. */
export type StoreShippingOption = {
  id: string
  name: string
  code: string | null
  amount: number
  currency_code: string
  delivery_days: DeliveryDays | null
  pickup_address: PickupAddress | null
}

// Rule values are stored as JSON text by some Medusa versions ("\"true\""), as plain text by others.
const ruleText = (value: unknown) => String(value).replace(/^"|"$/g, "")

/** Whether Medusa offers the option in the storefront: its rules say enabled in store and not a return. */
function isEnabledInStore(option: ShippingOptionRow): boolean {
  const rules = option.rules ?? []
  const holds = (attribute: string, value: string) => rules.some((r) => r.attribute === attribute && (r.operator ?? "eq") === "eq" && ruleText(r.value) === value)
  return holds("enabled_in_store", "true") && !holds("is_return", "true")
}

/** The option's flat price in the region's currency: a price for this region first, else one without rules. */
function priceIn(option: ShippingOptionRow, region: ShippingRegion): number | null {
  const prices = (option.prices ?? []).filter((p) => p.currency_code === region.currency_code && p.amount !== null && p.amount !== undefined)
  const forRegion = prices.find((p) => (p.price_rules ?? []).some((r) => r.attribute === "region_id" && ruleText(r.value) === region.id))
  const plain = prices.find((p) => (p.price_rules ?? []).length === 0)
  const price = forRegion ?? plain
  return price ? MathBN.convert(price.amount!).toNumber() : null
}

// Delivery first, then pickup; the cheapest first within each.
const ORDER = (o: StoreShippingOption) => (o.code === "pickup" ? 1 : 0)

/**
 * The options of one cooperative a shopper of this region can choose at checkout: enabled in the store, serving one of the
 * region's countries, priced in its currency; each with its delivery days, and the cooperative's address for pickup.
 */
export function toStoreShippingOptions(options: ShippingOptionRow[], region: ShippingRegion, pickupAddress: PickupAddress): StoreShippingOption[] {
  const countries = new Set(region.countries)
  return options
    .flatMap((option): StoreShippingOption[] => {
      const servesRegion = (option.service_zone?.geo_zones ?? []).some((z) => z.country_code && countries.has(z.country_code))
      const amount = priceIn(option, region)
      if (!isEnabledInStore(option) || !servesRegion || amount === null) return []
      const code = option.type?.code ?? null
      return [
        {
          id: option.id,
          name: option.name,
          code,
          amount,
          currency_code: region.currency_code,
          delivery_days: code === "pickup" ? null : readDeliveryDays(option.metadata),
          pickup_address: code === "pickup" ? pickupAddress : null,
        },
      ]
    })
    .sort((a, b) => ORDER(a) - ORDER(b) || a.amount - b.amount)
}
