/** How many days a parcel takes from the cooperative to the shopper: the fewest and the most. */
export type DeliveryDays = { min: number; max: number }

/**
 * Delivery days of a cooperative's shipping options, by shipping option type code. Kept in the option's `metadata`
 * (which Medusa's store API returns by default and does not pass to the fulfillment provider, unlike `data`).
 * Pickup at the cooperative has none: the shopper comes for the parcel.
 */
export const DELIVERY_DAYS_BY_CODE = {
  standard: { min: 2, max: 4 },
  international: { min: 7, max: 14 },
} as const satisfies Record<string, DeliveryDays>

/** The delivery days a cooperative's option of this type code takes; null for pickup or a code the marketplace does not set. */
export function deliveryDaysForCode(code: string | null | undefined): DeliveryDays | null {
  return code && Object.hasOwn(DELIVERY_DAYS_BY_CODE, code) ? DELIVERY_DAYS_BY_CODE[code as keyof typeof DELIVERY_DAYS_BY_CODE] : null
}

/** Metadata keys of a shipping option's delivery days. */
export const DELIVERY_DAYS_MIN_KEY = "delivery_days_min"
export const DELIVERY_DAYS_MAX_KEY = "delivery_days_max"

/** The metadata that records these delivery days on a shipping option. */
export function deliveryDaysMetadata(days: DeliveryDays): Record<string, number> {
  return { [DELIVERY_DAYS_MIN_KEY]: days.min, [DELIVERY_DAYS_MAX_KEY]: days.max }
}

const isDayCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 365

/** A shipping option's delivery days from its metadata; null when it has none or they do not make a range. */
export function readDeliveryDays(metadata: Record<string, unknown> | null | undefined): DeliveryDays | null {
  const min = metadata?.[DELIVERY_DAYS_MIN_KEY]
  const max = metadata?.[DELIVERY_DAYS_MAX_KEY]
  if (!isDayCount(min) || !isDayCount(max) || min > max) return null
  return { min, max }
}
