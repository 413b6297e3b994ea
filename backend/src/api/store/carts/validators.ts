import { z } from "@medusajs/framework/zod"

/** GET /store/carts/:id/shipping-groups query: takes no parameters. */
export const StoreCartShippingGroups = z.object({}).strict()
export type StoreCartShippingGroupsType = z.infer<typeof StoreCartShippingGroups>

/** POST /store/carts/:id/price-check body: nothing (the cart is named in the path). */
export const StoreCartPriceCheck = z.object({}).strict()
export type StoreCartPriceCheckType = z.infer<typeof StoreCartPriceCheck>
