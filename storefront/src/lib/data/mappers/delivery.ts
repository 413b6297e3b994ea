import { z } from "zod"
import type { DeliveryOptionView } from "../../../types/views"
import { deliveryWindow, formatDeliveryWindow } from "../../util/delivery-window"
import { formatMoney } from "../../util/money"
import { formatAddress } from "./cooperative"

const days = z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }).refine((d) => d.min <= d.max)

/** `GET /store/cooperatives/:handle/shipping-options` as the backend contract describes it. */
export const storeDeliveryOptions = z.object({
  shipping_options: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      code: z.string().nullable(),
      amount: z.number().min(0),
      currency_code: z.string(),
      delivery_days: days.nullable(),
      pickup_address: z.object({ street: z.string().nullish(), commune: z.string().nullish(), province: z.string().nullish() }).nullable(),
    })
  ),
})
export type StoreDeliveryOptions = z.infer<typeof storeDeliveryOptions>

/**
 * What a shopper sees of each option: its price in the region's currency (null when free), the days a parcel sent today
 * (in Vietnam) would arrive, or where to pick it up. `now` is the clock, passed in so tests can hold it still.
 */
export function toDeliveryOptionViews(data: StoreDeliveryOptions, locale: string, now: Date): DeliveryOptionView[] {
  return data.shipping_options.map((option) => ({
    id: option.id,
    code: option.code,
    name: option.name,
    priceLabel: option.amount > 0 ? formatMoney(option.amount, option.currency_code, locale) : null,
    window: option.delivery_days ? formatDeliveryWindow(deliveryWindow(option.delivery_days, now), locale) : null,
    pickupAddress: option.pickup_address ? formatAddress(option.pickup_address.street, option.pickup_address.commune, option.pickup_address.province) : null,
  }))
}
